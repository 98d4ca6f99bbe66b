import type { LocalizedLabel } from '../../vocabulary/lang.js';
import type { Plan } from './compilePlan.js';
import type { Condition, Rule } from '../../model/rule.schema.js';
import type { RedLineBreach } from '../../model/redLineBreach.schema.js';
import type { RuleFired, RuleTally } from '../assess/assessment.js';
import { localized } from './localized.js';

/** What a unit's rules can see. */
export interface RuleContext {
  unitTags: ReadonlyArray<string>;
  /** The unit's flags in the period → how many times each happened. */
  flags: ReadonlyMap<string, number>;
  /** Red-line breaches in this unit and period. */
  breaches: ReadonlyArray<RedLineBreach>;
  /** Indicator id → whether the unit met its target (absent: no data). */
  targetMet: ReadonlyMap<string, boolean>;
  /** Binding (约束性) indicators the unit did not meet. */
  bindingUnmet: ReadonlyArray<string>;
  /** Area id → the unit's area score (0–100) or null. */
  areaScores: ReadonlyMap<string, number | null>;
  totalPoints: number;
  /** What people call the indicators, zones and areas: `evidenceText` names them, `evidence` keeps the ids for machines. */
  names: Plan['names'];
  /** The scheme's rule groups → their cumulative cap. */
  groupMax: ReadonlyMap<string, number>;
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

/** A condition that holds: why, and how many occurrences it counts (a flag's count, the zones breached). */
type Held = { why: Evidence; count: number };

function condition(rule: Extract<Rule, { when: unknown }>, ctx: RuleContext): Held | null {
  const when = rule.when;
  switch (when.event) {
    case 'redLineBreach': {
      const zones = ctx.breaches.filter((b) => breachMeets(b, when)).map((b) => (typeof b === 'string' ? b : b.zone));
      return zones.length > 0
        ? {
            why: because(
              `red-line breach: ${zones.join(', ')}`,
              `生态保护红线区受损：${named(ctx.names.zone, zones, 'zh')}`,
              `red-line breach: ${named(ctx.names.zone, zones, 'en')}`,
            ),
            count: zones.length,
          }
        : null;
    }
    case 'flag': {
      const count = ctx.flags.get(when.flag) ?? 0;
      if (count === 0) return null;
      return count === 1
        ? { why: because(`flag ${when.flag}`, `标记 ${when.flag}`), count }
        : { why: because(`flag ${when.flag} × ${count}`, `标记 ${when.flag} × ${count}`), count };
    }
    case 'indicatorBelowTarget':
      return ctx.targetMet.get(when.indicator) === false
        ? {
            why: because(
              `${when.indicator} below target`,
              `${named(ctx.names.indicator, [when.indicator], 'zh')}未达目标`,
              // "below target" would misread a lower-is-better indicator that is above its ceiling.
              `${named(ctx.names.indicator, [when.indicator], 'en')}: target not met`,
            ),
            count: 1,
          }
        : null;
  }
}

/**
 * Whether a breach meets a red-line condition: every filter given holds (the zone's control grade
 * listed, a kind listed, at least the area or function loss). A plain zone id carries nothing to
 * test, so it meets only a condition without filters.
 */
function breachMeets(b: RedLineBreach, when: Extract<Condition, { event: 'redLineBreach' }>): boolean {
  const filtered =
    when.zoneGrades !== undefined ||
    when.kinds !== undefined ||
    when.minAreaLoss !== undefined ||
    when.minFunctionLoss !== undefined;
  if (typeof b === 'string') return !filtered;
  if (when.zoneGrades !== undefined && !when.zoneGrades.includes(b.grade)) return false;
  if (when.kinds !== undefined && !b.kinds.some((k) => when.kinds!.includes(k))) return false;
  if (when.minAreaLoss !== undefined && !(b.kinds.includes('areaReduced') && b.areaLoss >= when.minAreaLoss))
    return false;
  if (
    when.minFunctionLoss !== undefined &&
    !(b.kinds.includes('functionDegraded') && b.functionLoss >= when.minFunctionLoss)
  )
    return false;
  return true;
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
  // What each rule group has granted so far, in the rules' order.
  const groupUsed = new Map<string, number>();
  for (const rule of rules) {
    switch (rule.kind) {
      case 'deduction':
      case 'bonus': {
        const held = condition(rule, ctx);
        if (held === null || out.total === null) break;
        const { granted, tally } = pointsWanted(rule, held.count, groupUsed, ctx.groupMax);
        const next = clampTotal(out.total + (rule.kind === 'deduction' ? -granted : granted));
        const before = out.total;
        out.total = next;
        const step: RuleStep = {
          rule: rule.id,
          kind: rule.kind,
          reason: localized(rule.reason),
          points: next - before,
          ...held.why,
        };
        if (tally !== null) step.tally = tally;
        fire(step, before);
        break;
      }
      case 'veto': {
        const held = condition(rule, ctx);
        if (held === null) break;
        const evidence = held.why;
        fire(
          { rule: rule.id, kind: 'veto', reason: localized(rule.reason), points: 0, grade: rule.grade, ...evidence },
          out.total,
          { act: 'force', grade: rule.grade },
        );
        break;
      }
      case 'gradeCap': {
        const held = condition(rule, ctx);
        if (held === null) break;
        const evidence = held.why;
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
      case 'gradeQuota':
      case 'rankBottom':
      case 'consecutiveGrade':
        // Across units and periods: applied after every unit's grade and rank (applyAcrossUnits).
        break;
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

/**
 * The points a deduction or bonus grants (before the total's bounds) and, for a counted or grouped
 * rule, its tally: `points` once, or × the count when `perOccurrence`; then at most the rule's `max`
 * (a bonus's `max` has always capped it; its tally is written only when it is counted or grouped, so
 * assessments of schemes without these constructs keep their bytes); then at most what its group has
 * left. Records what the group has used.
 */
function pointsWanted(
  rule: Extract<Rule, { kind: 'deduction' | 'bonus' }>,
  occurrences: number,
  groupUsed: Map<string, number>,
  groupMax: ReadonlyMap<string, number>,
): { granted: number; tally: RuleTally | null } {
  const count = rule.perOccurrence === true ? occurrences : 1;
  const uncapped = rule.points * count;
  let granted = rule.max === undefined ? uncapped : Math.min(uncapped, rule.max);
  const group = rule.group ?? null;
  // An unknown group is refused by parseFramework (checkRuleGroups); without one there is no cap.
  const cap = group === null ? undefined : groupMax.get(group);
  let groupBefore: number | null = null;
  if (group !== null && cap !== undefined) {
    groupBefore = groupUsed.get(group) ?? 0;
    granted = Math.max(0, Math.min(granted, cap - groupBefore));
    groupUsed.set(group, groupBefore + granted);
  }
  const tallied =
    rule.perOccurrence === true || group !== null || (rule.kind === 'deduction' && rule.max !== undefined);
  return {
    granted,
    tally: tallied
      ? {
          count,
          each: rule.points,
          uncapped,
          max: rule.max ?? null,
          group,
          groupMax: cap ?? null,
          groupBefore,
          capped: uncapped - granted,
        }
      : null,
  };
}
