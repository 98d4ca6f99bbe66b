import type { EscalationResult } from './escalate.js';
import type { ConsequenceFindings, Proposal } from './proposeConsequences.js';

/**
 * The evidence of a ladder proposal: the finding names what was escalated (a task's or ledger
 * item's title, else its id), the node it is working on, the checks that counted and the days
 * overdue, then the ladder's rule, so a reader of the published report sees which task and which
 * node, not only the rule; `value` is the days overdue.
 *
 * @param e - The escalation.
 * @param findings - The year's findings (what each escalated item is).
 * @returns The evidence.
 * @example
 * ladderEvidence(escalation, findings).finding.zh //=> '淘汰落后产能，节点“完成淘汰任务的50%”：2025-12-31 检查，逾期 184 天；逾期 30 天以上：问责' (Meixi)
 */
export function ladderEvidence(e: EscalationResult, findings: ConsequenceFindings): Proposal['evidence'] {
  const item = Object.hasOwn(findings.items, e.measure) ? findings.items[e.measure] : undefined;
  const node = item?.node ?? null;
  const what = item
    ? {
        zh: `${item.title.zh}${node ? `，节点“${node.title.zh}”` : ''}`,
        en: `${item.title.en}${node ? `, node "${node.title.en}"` : ''}`,
      }
    : { zh: e.measure, en: e.measure };
  const overdue = e.overdueDays
    ? { zh: `，逾期 ${e.overdueDays} 天`, en: `, overdue by ${e.overdueDays} days` }
    : { zh: '', en: '' };
  const finding = {
    zh: `${what.zh}：${e.evidence.join('、')} 检查${overdue.zh}；${e.rule.zh}`,
    en: `${what.en}: checked ${e.evidence.join(', ')}${overdue.en}; ${e.rule.en}`,
  };
  return {
    finding,
    measure: e.measure,
    ...(node ? { node: node.id } : {}),
    dates: e.evidence,
    ...(e.overdueDays ? { value: e.overdueDays } : {}),
  };
}
