/**
 * The rounding error of `t = a + b` (Neumaier's step): what a compensated sum adds to its
 * compensation after each term. The one definition behind every compensated sum of the engine
 * (`compensatedSum`, `weightedMeanInto`, `scaledWeightedSums`, the row pass and the totals), so
 * all of them round alike. Written as a function of three numbers, not an object, so that a hot
 * loop keeps its running sum and compensation in locals (V8 inlines a call this small).
 *
 * @example
 * const t = 1e16 + 1; // rounds to 1e16
 * neumaierError(1e16, 1, t) //=> 1
 */
export function neumaierError(a: number, b: number, t: number): number {
  return Math.abs(a) >= Math.abs(b) ? a - t + b : b - t + a;
}
