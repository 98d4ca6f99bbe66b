import type { AssessmentScheme } from '../model/assessmentScheme.schema.js';
import type { MeasureStatus } from '../vocabulary/measureStatus.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';
import { localized } from '../scoring/_engine/localized.js';
import { consequenceLabels } from '../vocabulary/consequenceLabels.js';
import { consequenceSeverity } from '../vocabulary/consequenceSeverity.js';
import { statusLabels } from '../vocabulary/statusLabels.js';

/**
 * One escalation step of the scheme's ladder.
 *
 * @category Accountability
 * @example
 * const step: EscalationStep = { action: 'warning', when: { status: 'lagging', consecutive: 2 } }; // Meixi's ladder, step 1
 */
export type EscalationStep = NonNullable<AssessmentScheme['escalation']>[number];

/**
 * The actions a ladder step may call for: any consequence action (提醒, 预警, 通报批评, 督办,
 * 挂牌督办, 限期整改, 约谈, 诫勉谈话, 问责), proposed, never decided.
 *
 * @category Accountability
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025 }).escalations.map((e) => e.action)
 * //=> ['accountability', 'warning'] (Meixi: backward-capacity overdue 184 days, polluters lagging twice)
 */
export type EscalationAction = EscalationStep['action'];

/**
 * A measure's status at one check (e.g. each quarter end), as supervision recorded it.
 *
 * @category Accountability
 * @example
 * const record: StatusRecord = { measure: 'polluters', date: '2025-12-31', status: 'lagging', overdueDays: 0, unit: 'eeb', leader: '分管生态环境的副市长' };
 * escalate([{ ...record, date: '2025-09-30' }, record], framework.scheme.escalation!, '2025-12-31')[0]?.action //=> 'warning'
 */
export interface StatusRecord {
  measure: string;
  /** The check date, `YYYY-MM-DD`. */
  date: string;
  status: MeasureStatus;
  overdueDays?: number;
  /** The lead unit answerable for the measure. */
  unit?: string;
  /** The accountable leader (owner, 有人管), as text. */
  leader?: string;
  /** The owner's post, so the person who held it on the check date can be named. */
  post?: string;
}

/**
 * An action the ladder calls for, with the rule that fired and its evidence.
 *
 * @category Accountability
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025 }).escalations[1]
 * //=> { measure: 'polluters', action: 'warning', step: 1, evidence: ['2025-09-30', '2025-12-31'], unit: 'eeb', leader: '分管生态环境的副市长',
 * //     post: 'deputy-mayor-env', rule: { en: 'lagging at 2 consecutive checks: warning', zh: '连续 2 次检查进度滞后：预警' } }
 */
export interface EscalationResult {
  measure: string;
  unit?: string;
  leader?: string;
  /** The owner's post at the latest check (see {@link StatusRecord}). */
  post?: string;
  action: EscalationAction;
  /** Index of the ladder step that fired. */
  step: number;
  rule: LocalizedLabel;
  /** The scheme's clause for the step (`basis`), when the scheme gives one. */
  basis?: LocalizedLabel;
  /** The check dates that make up the evidence. */
  evidence: string[];
  /** Days overdue at the latest check, when it was overdue. */
  overdueDays?: number;
}

/**
 * Applies an escalation ladder to each measure's status history up to `asOf`: a step
 * `{ status, consecutive: n }` fires when the latest n checks all had that status; a step
 * `{ status: 'overdue', overdueDays: d }` fires when the latest check is overdue by at least d days.
 * Each measure gets its strongest action (by {@link consequenceSeverity}: 提醒 → 预警 → … → 问责),
 * with the rule, the step's clause and the dates.
 *
 * @category Accountability
 * @param history - Status records, any order.
 * @param ladder - The scheme's `escalation` steps.
 * @param asOf - Ignore records after this date.
 * @returns One action per measure that needs one, by measure id.
 * @example
 * escalate(history, scheme.escalation, '2025-12-31')
 * //=> [{ measure: 'polluters', action: 'warning', rule: { zh: '连续 2 次检查进度滞后：预警' }, evidence: ['2025-09-30', '2025-12-31'] }]
 */
export function escalate(
  history: ReadonlyArray<StatusRecord>,
  ladder: ReadonlyArray<EscalationStep>,
  asOf: string,
): EscalationResult[] {
  const byMeasure = new Map<string, StatusRecord[]>();
  for (const r of history) if (r.date <= asOf) byMeasure.set(r.measure, [...(byMeasure.get(r.measure) ?? []), r]);
  const out: EscalationResult[] = [];
  for (const measure of [...byMeasure.keys()].sort()) {
    const records = byMeasure.get(measure)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const latest = records[records.length - 1]!;
    let best: EscalationResult | null = null;
    ladder.forEach((step, index) => {
      const { status, consecutive = 1, overdueDays } = step.when;
      const tail = records.slice(-consecutive);
      const fires =
        tail.length === consecutive &&
        tail.every((r) => r.status === status) &&
        (overdueDays === undefined || (latest.status === 'overdue' && (latest.overdueDays ?? 0) >= overdueDays));
      if (!fires || (best && consequenceSeverity[best.action] >= consequenceSeverity[step.action])) return;
      const what = overdueDays !== undefined ? overdueRule(overdueDays) : statusRule(status, consecutive);
      best = {
        measure,
        action: step.action,
        step: index,
        evidence: tail.map((r) => r.date),
        rule: {
          en: `${what.en}: ${consequenceLabels[step.action].en.toLowerCase()}`,
          zh: `${what.zh}：${consequenceLabels[step.action].zh}`,
        },
        ...(step.basis ? { basis: localized(step.basis) } : {}),
        ...(latest.unit ? { unit: latest.unit } : {}),
        ...(latest.leader ? { leader: latest.leader } : {}),
        ...(latest.post ? { post: latest.post } : {}),
        ...(latest.status === 'overdue' && latest.overdueDays ? { overdueDays: latest.overdueDays } : {}),
      };
    });
    if (best) out.push(best);
  }
  return out;
}

function overdueRule(days: number): LocalizedLabel {
  return { en: `overdue by ${days} days or more`, zh: `逾期 ${days} 天以上` };
}

// The status in the vocabulary's words, never its id: a ladder may watch any status, not only lagging.
function statusRule(status: MeasureStatus, consecutive: number): LocalizedLabel {
  const label = statusLabels[status];
  return consecutive === 1
    ? { en: `${label.en.toLowerCase()} at the latest check`, zh: `最近一次检查${label.zh}` }
    : {
        en: `${label.en.toLowerCase()} at ${consecutive} consecutive checks`,
        zh: `连续 ${consecutive} 次检查${label.zh}`,
      };
}
