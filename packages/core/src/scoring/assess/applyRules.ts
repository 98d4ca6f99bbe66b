import type { Rule } from '../../model/rule.schema.js';
import type { RuleFired } from './assessment.js';
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
}

/** The outcome of the rules for one unit: the adjusted total and the grade constraints. */
export interface RulesOutcome {
  total: number | null;
  fired: RuleFired[];
  /** A grade forced by a veto (the last veto wins). */
  forcedGrade: string | null;
  /** Grades the unit may not be better than. */
  gradeCaps: string[];
  /** Whether a rule forces the lowest grade. */
  forceLowest: boolean;
}

/** Why a rule fired: `evidence` (English, stable for machines) and `evidenceText` (both languages, for people). */
type Evidence = Pick<RuleFired, 'evidence' | 'evidenceText'>;
const because = (en: string, zh: string): Evidence => ({ evidence: en, evidenceText: { zh, en } });

function condition(rule: Extract<Rule, { when: unknown }>, ctx: RuleContext): Evidence | null {
  const when = rule.when;
  switch (when.event) {
    case 'redLineBreach':
      return ctx.breaches.length > 0 ? because(`red-line breach: ${ctx.breaches.join(', ')}`, `生态保护红线区受损：${ctx.breaches.join('、')}`) : null;
    case 'flag':
      return ctx.flags.includes(when.flag) ? because(`flag ${when.flag}`, `标记 ${when.flag}`) : null;
    case 'indicatorBelowTarget':
      return ctx.targetMet.get(when.indicator) === false ? because(`${when.indicator} below target`, `${when.indicator} 未达目标`) : null;
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
  const out: RulesOutcome = { total: start, fired: [], forcedGrade: null, gradeCaps: [], forceLowest: false };
  const clampTotal = (x: number): number => Math.min(ctx.totalPoints, Math.max(0, x));
  for (const rule of rules) {
    switch (rule.kind) {
      case 'deduction':
      case 'bonus': {
        const evidence = condition(rule, ctx);
        if (evidence === null || out.total === null) break;
        const wanted = rule.kind === 'deduction' ? -rule.points : Math.min(rule.points, rule.max ?? rule.points);
        const next = clampTotal(out.total + wanted);
        out.fired.push({ rule: rule.id, kind: rule.kind, reason: localized(rule.reason), points: next - out.total, ...evidence });
        out.total = next;
        break;
      }
      case 'veto': {
        const evidence = condition(rule, ctx);
        if (evidence === null) break;
        out.forcedGrade = rule.grade;
        out.fired.push({ rule: rule.id, kind: 'veto', reason: localized(rule.reason), points: 0, grade: rule.grade, ...evidence });
        break;
      }
      case 'gradeCap': {
        const evidence = condition(rule, ctx);
        if (evidence === null) break;
        out.gradeCaps.push(rule.maxGrade);
        out.fired.push({ rule: rule.id, kind: 'gradeCap', reason: localized(rule.reason), points: 0, grade: rule.maxGrade, ...evidence });
        break;
      }
      case 'bindingUnmet': {
        if (ctx.bindingUnmet.length === 0) break;
        const evidence = because(`binding indicators not met: ${ctx.bindingUnmet.join(', ')}`, `约束性指标未达标：${ctx.bindingUnmet.join('、')}`);
        if (rule.effect === 'fail') out.forceLowest = true;
        else if (rule.maxGrade !== undefined) out.gradeCaps.push(rule.maxGrade);
        const fired: RuleFired = { rule: rule.id, kind: 'bindingUnmet', reason: localized(rule.reason), points: 0, ...evidence };
        if (rule.effect === 'cap' && rule.maxGrade !== undefined) fired.grade = rule.maxGrade;
        out.fired.push(fired);
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
        out.fired.push({
          rule: rule.id, kind: 'minOf', reason: localized(rule.reason), points: next - out.total,
          ...because(`${rule.areas[0]} ${a.toFixed(2)}, ${rule.areas[1]} ${b.toFixed(2)}: the lower counts`, `${rule.areas[0]} ${a.toFixed(2)}，${rule.areas[1]} ${b.toFixed(2)}：取较低者`),
        });
        out.total = next;
        break;
      }
    }
  }
  return out;
}
