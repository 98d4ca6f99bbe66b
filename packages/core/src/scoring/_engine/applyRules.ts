import type { LocalizedLabel } from '../../vocabulary/lang.js';
import type { Plan } from './compilePlan.js';
import type { Rule } from '../../model/rule.schema.js';
import type { RuleFired } from '../assess/assessment.js';
import { localized } from './localized.js';

/** What a unit's rules can see. */
export interface RuleContext {
  unitTags: ReadonlyArray<string>;
  flags: ReadonlyArray<string>;
  /** Red-line zones breached in this unit and period. */
  breaches: ReadonlyArray<string>;
  /** Indicator id → whether the unit met its target (absent: no data). */
  targetMet: ReadonlyMap<string, boolean>;
  /** Binding (约束性) indicators the unit did not meet. */
  bindingUnmet: ReadonlyArray<string>;
  /** Area id → the unit's area score (0–100) or null. */
  areaScores: ReadonlyMap<string, number | null>;
  totalPoints: number;
  /** What people call the indicators, zones and areas: `evidenceText` names them, `evidence` keeps the ids for machines. */
  names: Plan['names'];
}

/** The names of `ids` in one language, joined; an id without a name (none in a valid framework) stays as it is. */
const named = (names: ReadonlyMap<string, LocalizedLabel>, ids: ReadonlyArray<string>, lang: 'zh' | 'en'): string =>
  ids.map((id) => names.get(id)?.[lang] || id).join(lang === 'zh' ? '、' : ', ');

/**
 * A fired rule as the rules leave it, before the grade is decided: everything but its effect on
 * the grade, with the running total around it.
 */
export type RuleStep = Omit<RuleFired, 'effect' | 'totalBefore' | 'totalAfter' | 'gradeBefore' | 'gradeAfter'>;

/** The outcome of the rules for one unit: the adjusted total and the grade constraints. */
export interface RulesOutcome {
  total: number | null;
  fired: RuleStep[];
  /** The unrounded running total before and after each fired rule, by position in `fired`. */
  totalBefore: Array<number | null>;
  totalAfter: Array<number | null>;
  /** What each fired rule does to the grade, by position in `fired`. */
  gradeActions: GradeAction[];
}

/**
 * What a fired rule does to the grade: `force` a grade (a veto), force the `lowest` band (an unmet
 * binding indicator that fails the unit), `cap` it at a grade, or `none` (point rules, and a
 * capping binding rule without a grade to cap at).
 */
export type GradeAction =
  | { act: 'force'; grade: string }
  | { act: 'lowest' }
  | { act: 'cap'; grade: string }
  | { act: 'none' };
const NO_GRADE_ACTION: GradeAction = { act: 'none' };

/**
 * Why a rule fired: `evidence` (English with ids, stable for machines) and `evidenceText` (both
 * languages for people, naming indicators, zones and areas by their names; `en` defaults to the evidence).
 */
type Evidence = Pick<RuleFired, 'evidence' | 'evidenceText'>;
const because = (evidence: string, zh: string, en: string = evidence): Evidence => ({
  evidence,
  evidenceText: { zh, en },
});

function condition(rule: Extract<Rule, { when: unknown }>, ctx: RuleContext): Evidence | null {
  const when = rule.when;
  switch (when.event) {
    case 'redLineBreach':
      return ctx.breaches.length > 0
        ? because(
            `red-line breach: ${ctx.breaches.join(', ')}`,
            `生态保护红线区受损：${named(ctx.names.zone, ctx.breaches, 'zh')}`,
            `red-line breach: ${named(ctx.names.zone, ctx.breaches, 'en')}`,
          )
        : null;
    case 'flag':
      return ctx.flags.includes(when.flag) ? because(`flag ${when.flag}`, `标记 ${when.flag}`) : null;
    case 'indicatorBelowTarget':
      return ctx.targetMet.get(when.indicator) === false
        ? because(
            `${when.indicator} below target`,
            `${named(ctx.names.indicator, [when.indicator], 'zh')}未达目标`,
            `${named(ctx.names.indicator, [when.indicator], 'en')} below target`,
          )
        : null;
  }
}

/**
 * Applies the scheme's rules in their declared order. Deductions and bonuses move the total
 * (never below 0, never above the scheme's total points); `minOf` replaces the total of units
 * carrying its tag with the lower of two area scores; vetoes, grade caps and unmet binding
 * indicators constrain the grade, which is decided after rounding. A `minOf` whose change to the
 * total would lie beyond ±1.8e308 (a total far below 0, from scores far below 0, taken up to total
 * points near 1.8e308) leaves the unit without a total, which the caller reports.
 */
export function applyRules(rules: ReadonlyArray<Rule>, start: number | null, ctx: RuleContext): RulesOutcome {
  const out: RulesOutcome = { total: start, fired: [], totalBefore: [], totalAfter: [], gradeActions: [] };
  // Every fired rule is recorded through this, with the running total before it and after it.
  const fire = (step: RuleStep, before: number | null, action: GradeAction = NO_GRADE_ACTION): void => {
    out.fired.push(step);
    out.gradeActions.push(action);
    out.totalBefore.push(before);
    out.totalAfter.push(out.total);
  };
  const clampTotal = (x: number): number => Math.min(ctx.totalPoints, Math.max(0, x));
  for (const rule of rules) {
    switch (rule.kind) {
      case 'deduction':
      case 'bonus': {
        const evidence = condition(rule, ctx);
        if (evidence === null || out.total === null) break;
        const wanted = rule.kind === 'deduction' ? -rule.points : Math.min(rule.points, rule.max ?? rule.points);
        const next = clampTotal(out.total + wanted);
        const before = out.total;
        out.total = next;
        fire(
          { rule: rule.id, kind: rule.kind, reason: localized(rule.reason), points: next - before, ...evidence },
          before,
        );
        break;
      }
      case 'veto': {
        const evidence = condition(rule, ctx);
        if (evidence === null) break;
        fire(
          { rule: rule.id, kind: 'veto', reason: localized(rule.reason), points: 0, grade: rule.grade, ...evidence },
          out.total,
          { act: 'force', grade: rule.grade },
        );
        break;
      }
      case 'gradeCap': {
        const evidence = condition(rule, ctx);
        if (evidence === null) break;
        fire(
          {
            rule: rule.id,
            kind: 'gradeCap',
            reason: localized(rule.reason),
            points: 0,
            grade: rule.maxGrade,
            ...evidence,
          },
          out.total,
          { act: 'cap', grade: rule.maxGrade },
        );
        break;
      }
      case 'bindingUnmet': {
        if (ctx.bindingUnmet.length === 0) break;
        const evidence = because(
          `binding indicators not met: ${ctx.bindingUnmet.join(', ')}`,
          `约束性指标未达标：${named(ctx.names.indicator, ctx.bindingUnmet, 'zh')}`,
          `binding indicators not met: ${named(ctx.names.indicator, ctx.bindingUnmet, 'en')}`,
        );
        const fired: RuleStep = {
          rule: rule.id,
          kind: 'bindingUnmet',
          reason: localized(rule.reason),
          points: 0,
          ...evidence,
        };
        if (rule.effect === 'cap' && rule.maxGrade !== undefined) fired.grade = rule.maxGrade;
        const action: GradeAction =
          rule.effect === 'fail'
            ? { act: 'lowest' }
            : rule.maxGrade === undefined
              ? NO_GRADE_ACTION
              : { act: 'cap', grade: rule.maxGrade };
        fire(fired, out.total, action);
        break;
      }
      case 'minOf': {
        if (!ctx.unitTags.includes(rule.tag) || out.total === null) break;
        const [a, b] = rule.areas.map((id) => ctx.areaScores.get(id) ?? null);
        if (a === null || a === undefined || b === null || b === undefined) break;
        const next = clampTotal((Math.min(a, b) / 100) * ctx.totalPoints);
        // From a total far below 0 to one near huge total points: a change no double holds.
        if (!(Math.abs(next - out.total) <= Number.MAX_VALUE)) {
          out.total = null;
          break;
        }
        const before = out.total;
        out.total = next;
        fire(
          {
            rule: rule.id,
            kind: 'minOf',
            reason: localized(rule.reason),
            points: next - before,
            ...because(
              `${rule.areas[0]} ${a.toFixed(2)}, ${rule.areas[1]} ${b.toFixed(2)}: the lower counts`,
              `${named(ctx.names.area, [rule.areas[0]], 'zh')} ${a.toFixed(2)}，${named(ctx.names.area, [rule.areas[1]], 'zh')} ${b.toFixed(2)}：取较低者`,
              `${named(ctx.names.area, [rule.areas[0]], 'en')} ${a.toFixed(2)}, ${named(ctx.names.area, [rule.areas[1]], 'en')} ${b.toFixed(2)}: the lower counts`,
            ),
          },
          before,
        );
        break;
      }
    }
  }
  return out;
}
