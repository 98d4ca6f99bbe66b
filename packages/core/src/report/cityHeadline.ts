import type { AssessmentResults } from '../scoring/assess/assessment.js';
import { gradeOf } from '../scoring/assess/gradeOf.js';
import { roundDecimal } from '../scoring/assess/roundDecimal.js';

/**
 * The city as a whole for one period, the first thing a citizen asks: see {@link cityHeadline}.
 *
 * @category Reporting
 * @example
 * const h: CityHeadline = cityHeadline(assess(framework, observations, { period: '2025' }), assess(framework, observations, { period: '2024' }));
 * [h.score, h.max, h.grade, h.change] //=> [86.4, 100, 'good', 1.3] (illustrative)
 */
export interface CityHeadline {
  /** The period assessed. */
  period: string;
  /** The mean of the units' totals, rounded as the scheme rounds totals; `null` when no unit has a total. */
  score: number | null;
  /** The most a total can be: the scheme's `totalPoints` (100 in most schemes). */
  max: number;
  /** The scheme's grade band that `score` reaches (`gradeOf`), or `null` without a score. */
  grade: string | null;
  /** How many units have a total and so count in `score`. */
  units: number;
  /** The units without a total (left out of `score`, never counted as 0), in the assessment's order. */
  withoutTotal: string[];
  /** How many units got each grade, in the scheme's order of grades (grades no unit got included, count 0). */
  grades: Array<{ grade: string; count: number }>;
  /** The previous period's figure, when its assessment was given. */
  previous: { period: string; score: number | null; grade: string | null } | null;
  /** `score` minus the previous period's, rounded as totals are; `null` when either is missing. */
  change: number | null;
}

/** The mean of the totals, rounded as the scheme rounds totals (one rule for both periods). */
function meanTotal(a: AssessmentResults): { score: number | null; units: number } {
  const totals = a.results.map((r) => r.total).filter((t): t is number => t !== null);
  if (totals.length === 0) return { score: null, units: 0 };
  const sum = totals.reduce((s, t) => s + t, 0);
  return {
    score: roundDecimal(sum / totals.length, a.scheme.rounding.digits, a.scheme.rounding.mode),
    units: totals.length,
  };
}

/**
 * The city's headline for one period: the mean of the assessed units' published totals, with
 * equal weight per unit, on the scheme's scale, graded by the scheme's own bands, and its change
 * since the previous period. An assessment scores units (districts, counties, departments), not
 * the city: the city's figure is their unweighted arithmetic mean, the plain aggregation of the
 * domain brief's §4 ("weighted arithmetic means", every unit weighted alike since a scheme gives
 * units no weights), over the units that have a total; units without one are listed, never
 * counted as 0. The grade counts beside it show the spread the mean hides. The rule is written
 * out in docs/scoring-methods.md ("The city's headline").
 *
 * @category Reporting
 * @param assessment - The period's assessment (any detail: totals are enough).
 * @param previous - The previous period's assessment, or `null` when there is none.
 * @returns The headline.
 * @example
 * const h = cityHeadline(assess(framework, observations, { period: '2025' }), null);
 * [h.units, h.max, h.previous] //=> [6, 100, null]
 */
export function cityHeadline(assessment: AssessmentResults, previous: AssessmentResults | null): CityHeadline {
  const now = meanTotal(assessment);
  const grades = assessment.scheme.grades;
  const before = previous ? meanTotal(previous) : null;
  const { digits, mode } = assessment.scheme.rounding;
  return {
    period: assessment.period,
    score: now.score,
    max: assessment.scheme.totalPoints,
    grade: gradeOf(now.score, grades),
    units: now.units,
    withoutTotal: assessment.results.filter((r) => r.total === null).map((r) => r.unit),
    grades: grades.map((g) => ({ grade: g.id, count: assessment.results.filter((r) => r.grade === g.id).length })),
    previous:
      previous && before
        ? { period: previous.period, score: before.score, grade: gradeOf(before.score, previous.scheme.grades) }
        : null,
    change: now.score !== null && before?.score != null ? roundDecimal(now.score - before.score, digits, mode) : null,
  };
}
