import type { Framework } from '../model/framework.schema.js';
import type { RuleFired } from '../scoring/assess/assessment.js';
import type { ConsequenceAction } from '../vocabulary/consequenceAction.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';
import { consequenceLabels } from '../vocabulary/consequenceLabels.js';
import { localized } from '../scoring/_engine/localized.js';
import type { RedLineFinding } from './checkRedLines.js';
import type { EscalationResult } from './escalate.js';
import { type Answerable, answerableFor } from './answerableFor.js';
import { ladderEvidence } from './ladderEvidence.js';

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
    /** The number behind the finding: the total for a grade, the days overdue for a ladder step. */
    value?: number;
    dates?: string[];
  };
  /** The accountable leader (有人管) of a task, for a ladder proposal. */
  leader?: string;
  /**
   * The person answerable (有人问), when the framework names the post: for a grade or a rule, the
   * unit's principal (`head`) on the findings' date (`asOf`); for a red-line breach, the zone's
   * `post` then; for a ladder step, the task owner's post on the latest check, or, for an item
   * without one (a ledger item), its unit's principal then.
   */
  answerable?: Answerable;
  text: LocalizedLabel;
}

/**
 * What the ladder escalated, by its id: a task's title and the node it is working on (`null` when
 * all are done), or a ledger item's title (no node).
 *
 * @category Accountability
 * @example
 * const task: EscalatedItem = { title: { zh: '淘汰落后产能', en: 'Phase out backward capacity' }, node: { id: 'half', title: { zh: '完成淘汰任务的50%', en: '50% phased out' } } };
 */
export interface EscalatedItem {
  title: LocalizedLabel;
  node: { id: string; title: LocalizedLabel } | null;
}

/**
 * What {@link proposeConsequences} reads of the year: the date the findings stand at, each graded
 * unit's published grade and total with the assessment rules that fired for it, the red-line
 * findings, the ladder's escalations and what each escalated item is (its title and node).
 *
 * @category Accountability
 * @example
 * const findings: ConsequenceFindings = { asOf: '2025-12-31', graded: [{ unit: 'gangkou', grade: 'fail', total: 41.2, rules: [] }], redLines: [], escalations: [], items: {} };
 */
export interface ConsequenceFindings {
  /** The findings' date, `YYYY-MM-DD`: the red-line zones' answerable persons are those in post then. */
  asOf: string;
  graded: ReadonlyArray<{ unit: string; grade: string | null; total: number | null; rules: ReadonlyArray<RuleFired> }>;
  redLines: ReadonlyArray<RedLineFinding>;
  escalations: ReadonlyArray<EscalationResult>;
  /** Escalated task or ledger item id → its title and current node. */
  items: Readonly<Record<string, EscalatedItem>>;
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
  const zonePost = new Map(framework.redLines.flatMap((z) => (z.post ? [[z.id, z.post] as const] : [])));
  const headPost = new Map(framework.units.flatMap((u) => (u.head ? [[u.id, u.head] as const] : [])));
  // A proposal to a unit (约谈主要负责人) is addressed to its principal in post on the findings' date.
  const headOf = (unit: string, date: string = findings.asOf): Answerable | undefined => {
    const post = headPost.get(unit);
    return post ? answerableFor(framework, post, date) : undefined;
  };
  // The owner answers for a task's escalation as of its latest check, so a handover between checks names the
  // successor; an item with no owner's post (a ledger item) is its unit's principal's to answer for.
  const ladderAnswerable = (e: EscalationResult): Answerable | undefined => {
    const latest = e.evidence[e.evidence.length - 1]!;
    if (e.post) return answerableFor(framework, e.post, latest);
    return e.unit ? headOf(e.unit, latest) : undefined;
  };
  const out: Proposal[] = [];
  const push = (
    unit: string,
    action: ConsequenceAction,
    basis: Proposal['basis'],
    evidence: Proposal['evidence'],
    leader?: string,
    answerable?: Answerable,
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
    out.push({
      unit,
      action,
      basis,
      evidence,
      ...(leader ? { leader } : {}),
      ...(answerable ? { answerable } : {}),
      text,
    });
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
          push(
            g.unit,
            c.action,
            basis('grade'),
            {
              finding: {
                zh: `考核等次为${label.zh}${points.zh}${why.zh}`,
                en: `graded ${label.en}${points.en}${why.en}`,
              },
              ...(g.total === null ? {} : { value: g.total }),
            },
            undefined,
            headOf(g.unit),
          );
        }
        break;
      case 'rule':
        for (const g of findings.graded) {
          const fired = g.rules.find((f) => f.rule === when.rule);
          if (fired) push(g.unit, c.action, basis('rule'), { finding: fired.evidenceText }, undefined, headOf(g.unit));
        }
        break;
      case 'redLineBreach':
        for (const f of findings.redLines) {
          if (f.breaches.length === 0) continue;
          const post = zonePost.get(f.zone);
          push(
            f.unit,
            c.action,
            basis('redLine'),
            { finding: f.message, zone: f.zone },
            undefined,
            post ? answerableFor(framework, post, findings.asOf) : undefined,
          );
        }
        break;
      case 'escalation':
        for (const e of findings.escalations) {
          if (e.unit && e.action === when.action)
            push(e.unit, c.action, basis('ladder'), ladderEvidence(e, findings), e.leader, ladderAnswerable(e));
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
      ladderAnswerable(e),
    );
  }
  return out;
}
