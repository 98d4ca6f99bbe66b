import { scaledWeightedMean } from './scaledWeightedMean.js';
import { neumaierError } from '../../_lib/neumaierError.js';

/**
 * Below this a sum of products may have lost bits to underflow (a product under 2⁻¹⁰²² keeps
 * fewer than 53), and a weight total makes shares of few bits; far above 2⁻¹⁰²² so that such
 * losses, at most 2⁻¹⁰⁷⁵ each, stay below the rounding of the sum.
 */
export const SMALLEST_SAFE_SUM = 2 ** -900;

/**
 * The weighted mean (**mean**) of the first `k` entries of `xs` (NaN for a missing value) with
 * weights `ws`, or the weighted sum divided by all the weights, missing values counting 0 (the
 * assessment's `weightedSum`); each entry's share of the divisor goes to `used` (NaN for a missing
 * value). NaN when no present weight is positive. The sums are Neumaier-compensated running sums
 * in entry order; a zero weight is skipped by the mean (as `presentPairs` does). When a sum or the
 * divisor overflows, or is so small that products may have underflowed (below
 * {@link SMALLEST_SAFE_SUM}, 0 included), the mean is taken again by {@link scaledWeightedMean},
 * which gives the same bits wherever the plain sums are exact enough and a finite, correctly
 * bounded mean everywhere else. The one implementation behind `aggregateWeightedMean` and the
 * weighted kernels of `AGGREGATE_KERNELS`, so all give the same bits.
 */
export function weightedMeanInto(
  mean: boolean,
  xs: ArrayLike<number>,
  ws: ArrayLike<number>,
  k: number,
  used: Float64Array,
): number {
  let present = 0;
  let presentC = 0;
  let all = 0;
  let allC = 0;
  for (let c = 0; c < k; c++) {
    const w = ws[c]!;
    if (xs[c]! === xs[c]!) {
      const t = present + w;
      presentC += neumaierError(present, w, t);
      present = t;
    }
    const t = all + w;
    allC += neumaierError(all, w, t);
    all = t;
  }
  const presentWeight = present + presentC;
  const allWeight = all + allC;
  // The running sum, not the compensated one, which is NaN once the weights overflow (∞ − ∞).
  if (!(present > 0)) {
    used.fill(Number.NaN, 0, k);
    return Number.NaN;
  }
  const divisor = mean ? presentWeight : allWeight;
  let sum = 0;
  let sumC = 0;
  for (let c = 0; c < k; c++) {
    const x = xs[c]!;
    const w = ws[c]!;
    let term: number;
    if (x !== x) {
      used[c] = Number.NaN;
      if (mean) continue;
      term = 0;
    } else {
      used[c] = w / divisor;
      // The weighted mean skips zero weights (presentPairs does); adding 0 would change nothing but the sign of a zero.
      if (mean && w === 0) continue;
      term = x * w;
    }
    const t = sum + term;
    sumC += neumaierError(sum, term, t);
    sum = t;
  }
  const s = sum + sumC;
  const y = s / divisor;
  // One test for the common case: a sum and a divisor of ordinary size, and a finite quotient.
  if (
    Math.abs(s) >= SMALLEST_SAFE_SUM &&
    divisor >= SMALLEST_SAFE_SUM &&
    divisor < Number.POSITIVE_INFINITY &&
    Math.abs(y) <= Number.MAX_VALUE
  )
    return y;
  return scaledWeightedMean(xs, ws, k, mean, used);
}
