import type { Framework } from '../model/framework.schema.js';
import type { RuleFired } from '../scoring/assess/assessment.js';
import type { ConsequenceAction } from '../vocabulary/consequenceAction.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';
import { consequenceLabels } from '../vocabulary/consequenceLabels.js';
import { localized } from '../scoring/_engine/localized.js';
import type { RedLineFinding } from './checkRedLines.js';
import type { EscalationResult } from './escalate.js';

/**
 * A proposed consequence (建议), never a decision: the unit, the action, its basis (the scheme's
 * clause and what in the scheme it comes from) and its evidence (the finding, and the task, node,
 * zone, value or check dates behind it), with the proposal's wording in both languages.
 *
 * @category Accountability
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025 }).proposals.find((p) => p.unit === 'nanshan' && p.action === 'accountability')
 * //=> { unit: 'nanshan', action: 'accountability', basis: { source: 'redLine', ref: 'redline-accountability', clause: { zh: '考核办法第十三条…', … } },
 * //     evidence: { finding: { zh: '南山区…面积减少…' }, zone: 'nanshan-forest' }, text: { zh: '建议对南山区予以问责（由纪检监察和组织部门依规依纪处理）', … } } (Meixi)
 */
export interface Proposal {
  unit: string;
  action: ConsequenceAction;
  basis: {
    source: 'grade' | 'rule' | 'redLine' | 'ladder';
    /** The consequence's id, or `escalation[k]` for the ladder's step k. */
    ref: string;
    /** The scheme's clause; `null` for a ladder step the scheme gives no clause. */
    clause: LocalizedLabel | null;
  };
  evidence: {
    finding: LocalizedLabel;
    measure?: string;
    node?: string;
    zone?: string;
    value?: number;
    dates?: string[];
  };
  /** The accountable leader (有人管) of a task, for a ladder proposal. */
  leader?: string;
  text: LocalizedLabel;
}

/**
 * What {@link proposeConsequences} reads of the year: each graded unit's published grade and total
 * with the assessment rules that fired for it, the red-line findings, the ladder's escalations and
 * the node each escalated task is working on.
 *
 * @category Accountability
 * @example
 * const findings: ConsequenceFindings = { graded: [{ unit: 'gangkou', grade: 'fail', total: 41.2, rules: [] }], redLines: [], escalations: [], nodes: {} };
 */
export interface ConsequenceFindings {
  graded: ReadonlyArray<{ unit: string; grade: string | null; total: number | null; rules: ReadonlyArray<RuleFired> }>;
  redLines: ReadonlyArray<RedLineFinding>;
  escalations: ReadonlyArray<EscalationResult>;
  /** Measure id → the node it is working on, or `null` when all are done. */
  nodes: Readonly<Record<string, string | null>>;
}

/**
 * The consequences the scheme attaches to the year's findings, as proposals with basis and
 * evidence: `scheme.consequences` for grades, fired rules and red-line breaches (in the scheme's
 * order, units in the order found), each ladder escalation as a proposal of its own step, and
 * `{ on: 'escalation' }` consequences for escalations with that action. Nothing is proposed that
 * the scheme does not say: no consequence is built in.
 *
 * @category Accountability
 * @param framework - A valid framework (scheme, grades, units' names).
 * @param findings - The year's findings.
 * @returns The proposals.
 * @example
 * proposeConsequences(framework, findings).map((p) => `${p.unit}:${p.action}`)
 * //=> ['xihu:commendation', 'dongcheng:commendation', …, 'nanshan:criticism', 'gangkou:criticism', …, 'nanshan:accountability', 'miit:listedSupervision', 'miit:accountability', 'eeb:warning', 'gangkou:warning'] (Meixi)
 */
export function proposeConsequences(framework: Framework, findings: ConsequenceFindings): Proposal[] {
  const names = new Map(framework.units.map((u) => [u.id, localized(u.name)]));
  const gradeLabel = new Map(framework.scheme.grades.map((g) => [g.id, localized(g.label)]));
  const out: Proposal[] = [];
  const push = (
    unit: string,
    action: ConsequenceAction,
    basis: Proposal['basis'],
    evidence: Proposal['evidence'],
    leader?: string,
  ): void => {
    const name = names.get(unit) ?? { zh: unit, en: unit };
    const label = consequenceLabels[action];
    const procedure =
      action === 'accountability' || action === 'admonition'
        ? {
            zh: '（由纪检监察和组织部门依规依纪处理）',
            en: ' (for the discipline and organisation departments to decide under procedure)',
          }
        : { zh: '', en: '' };
    const text = {
      zh: `建议对${name.zh}予以${label.zh}${procedure.zh}`,
      en: `Proposed: ${label.en.toLowerCase()} for ${name.en}${procedure.en}`,
    };
    out.push({ unit, action, basis, evidence, ...(leader ? { leader } : {}), text });
  };
  for (const c of framework.scheme.consequences ?? []) {
    const basis = (source: Proposal['basis']['source']): Proposal['basis'] => ({
      source,
      ref: c.id,
      clause: localized(c.basis),
    });
    const when = c.when;
    switch (when.on) {
      case 'grade':
        for (const g of findings.graded) {
          if (g.grade !== when.grade) continue;
          const label = gradeLabel.get(g.grade) ?? { zh: g.grade, en: g.grade };
          const points =
            g.total === null ? { zh: '', en: '' } : { zh: `（总分 ${g.total}）`, en: ` (total ${g.total})` };
          // A grade a rule forced (一票否决) says so: the total alone would not give it.
          const forced = g.rules.filter((f) => f.effect === 'forced').map((f) => f.reason);
          const why = forced.length
            ? { zh: `；${forced.map((x) => x.zh).join('；')}`, en: `; ${forced.map((x) => x.en).join('; ')}` }
            : { zh: '', en: '' };
          push(g.unit, c.action, basis('grade'), {
            finding: {
              zh: `考核等次为${label.zh}${points.zh}${why.zh}`,
              en: `graded ${label.en}${points.en}${why.en}`,
            },
            ...(g.total === null ? {} : { value: g.total }),
          });
        }
        break;
      case 'rule':
        for (const g of findings.graded) {
          const fired = g.rules.find((f) => f.rule === when.rule);
          if (fired) push(g.unit, c.action, basis('rule'), { finding: fired.evidenceText });
        }
        break;
      case 'redLineBreach':
        for (const f of findings.redLines) {
          if (f.breaches.length > 0) push(f.unit, c.action, basis('redLine'), { finding: f.message, zone: f.zone });
        }
        break;
      case 'escalation':
        for (const e of findings.escalations) {
          if (e.unit && e.action === when.action)
            push(e.unit, c.action, basis('ladder'), ladderEvidence(e, findings), e.leader);
        }
        break;
      default:
        throw new TypeError(`invalid consequence condition: ${String((when as { on: unknown }).on)}`);
    }
  }
  for (const e of findings.escalations) {
    if (!e.unit) continue;
    push(
      e.unit,
      e.action,
      { source: 'ladder', ref: `escalation[${e.step}]`, clause: e.basis ?? null },
      ladderEvidence(e, findings),
      e.leader,
    );
  }
  return out;
}

function ladderEvidence(e: EscalationResult, findings: ConsequenceFindings): Proposal['evidence'] {
  const node = findings.nodes[e.measure];
  return { finding: e.rule, measure: e.measure, ...(node ? { node } : {}), dates: e.evidence };
}
