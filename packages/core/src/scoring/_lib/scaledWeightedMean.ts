import { binaryExponent, timesPowerOfTwo } from './binaryExponent.js';
import { scaledWeightedSums } from './scaledWeightedSums.js';

/**
 * The weighted mean of the first `k` entries (a NaN value is missing), or with **mean** false the
 * weighted sum over all weights (missing values as 0), from {@link scaledWeightedSums}: finite for
 * any finite values and non-negative weights, and the same bits as the plain compensated sums
 * wherever those neither overflow nor underflow, so the kernels use it as their fallback. Writes
 * each present entry's share of the divisor to `used` (NaN for a missing one). The caller has
 * checked that some present weight is positive.
 */
export function scaledWeightedMean(
  xs: ArrayLike<number>,
  ws: ArrayLike<number>,
  k: number,
  mean: boolean,
  used?: Float64Array,
): number {
  const s = scaledWeightedSums(xs, ws, k, mean);
  const divisor = mean ? s.present : s.all;
  if (used) for (let c = 0; c < k; c++) used[c] = xs[c]! === xs[c]! ? ws[c]! / s.weightScale / divisor : Number.NaN;
  const y = timesPowerOfTwo(s.sum / divisor, s.sumExponent - binaryExponent(s.weightScale));
  // A mean never lies further from 0 than its largest value; rounding could take it an ulp past.
  return Math.abs(y) <= s.largest ? y : y < 0 ? -s.largest : s.largest;
}
