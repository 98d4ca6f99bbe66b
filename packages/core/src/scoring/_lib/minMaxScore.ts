/**
 * Where an observed value `v` (not `NaN`) lies between its column's least and greatest oriented
 * values, 0 to 1, on the column's scale from `minMaxScales`: `(factor · v − low) / spread`. The
 * one formula of min–max normalisation: `normalizeMinMax` maps it onto its range, and
 * {@link minMaxScore} onto 0–100 for the assessment's row pass and column kernel alike.
 *
 * @example
 * minMaxFraction(15, 1, 10, 20) //=> 0.25
 */
export function minMaxFraction(v: number, factor: number, low: number, spread: number): number {
  return (factor * v - low) / spread;
}

/**
 * The 0–100 score of an observed value (not `NaN`) of a min–max indicator on its column's scale
 * (`minMaxScales`), as `normalizeMinMax` onto [0, 100] computes it: {@link minMaxFraction} × 100
 * (+ 0, which turns a −0 into 0 as `fraction × (high − low) + low` does), and 100 when every value
 * is equal (no unit is worse than another). The row pass, the column kernel and the trace all call
 * this, so the trace shows the very numbers the area sums added up.
 *
 * @example
 * minMaxScore(15, 1, 10, 20) //=> 25
 * minMaxScore(7, 1, 7, 0) //=> 100
 */
export function minMaxScore(v: number, factor: number, low: number, spread: number): number {
  return !(spread > 0) ? 100 : minMaxFraction(v, factor, low, spread) * 100 + 0;
}
