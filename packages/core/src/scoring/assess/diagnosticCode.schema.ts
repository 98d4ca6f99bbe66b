import * as z from 'zod/mini';

/**
 * Every code a {@link Diagnostic} of `assess` can carry, listed once:
 * `missing_value` (a cell without an observation under the `error` policy), `missing_area` (an area
 * without a score under the `error` policy), `conflicting_observations` (two different values for
 * one cell and period at the same revision: the kept one is named), `total_out_of_range` (a total
 * beyond ±1.8e308), `no_total` (some units are not ranked), `unknown_unit` / `unknown_indicator`
 * (observations of the period, or `units`, naming what the framework does not declare),
 * `unassessed_period` (observations labelled with a part of the period, `2025-Q4` for `2025`),
 * `insufficient_coverage` (a unit with too few values observed for a total: no total, grade or
 * rank), `total_imputed` (a total made only of values a missing-data policy supplied) and
 * `missing_propagated` (an area without a score because a child has none under its `propagate`
 * policy, *info*; or a unit without a total because a top-level area has none under the scheme's
 * `propagate`, *warning*) and `not_applicable_value` (a value observed for an indicator whose
 * `appliesTo` names none of the unit's tags: not scored, *info*).
 *
 * @category Scoring
 * @example
 * DiagnosticCodeSchema.parse('missing_value') //=> 'missing_value'
 */
export const DiagnosticCodeSchema = z.enum([
  'missing_value',
  'missing_area',
  'conflicting_observations',
  'total_out_of_range',
  'no_total',
  'unknown_unit',
  'unknown_indicator',
  'unassessed_period',
  'insufficient_coverage',
  'total_imputed',
  'missing_propagated',
  'not_applicable_value',
]);

/**
 * A diagnostic code.
 *
 * @category Scoring
 * @example
 * const code: DiagnosticCode = 'no_total';
 */
export type DiagnosticCode = z.infer<typeof DiagnosticCodeSchema>;
