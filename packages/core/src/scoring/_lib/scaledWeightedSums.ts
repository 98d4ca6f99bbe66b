import { binaryExponent, binaryScale } from './binaryExponent.js';
import { neumaierError } from '../../_lib/neumaierError.js';

/** What {@link scaledWeightedSums} returns: the sums of the scaled terms and their scales. */
export interface ScaledWeightedSums {
  /** Σ wᵢxᵢ / 2^K over the present values with a positive weight. */
  sum: number;
  /** K: the binary exponent of the largest product |wᵢxᵢ| (0 when all are 0). */
  sumExponent: number;
  /** Σ wᵢ/W over the present values. */
  present: number;
  /** Σ wᵢ/W over all `k` values (the divisor of the weighted sum with missing values as 0); 0 for **mean**. */
  all: number;
  /** W: the {@link binaryScale} of the largest weight of the divisor (1 when that is 0). */
  weightScale: number;
  /** The largest |xᵢ| that counts (0 when there is none): no mean lies further from 0. */
  largest: number;
}

/**
 * The sums behind a weighted mean, Σ wᵢxᵢ and Σ wᵢ, over the first `k` entries (a NaN value is
 * missing), taken beyond the exponent range: each product is formed from the mantissas of wᵢ and
 * xᵢ (in [1, 2)) times 2 to the sum of their exponents less K, the largest such sum, so the terms
 * lie below 4 and the largest has all its digits; the weights are divided by W, the power of two at
 * the largest, so they add up to between 1 and 2k. Nothing overflows, and a term underflows only
 * below 2⁻¹⁰²² of the largest, where rounding would lose it anyway. The sums are
 * Neumaier-compensated in the order of the entries; a zero weight or a missing value adds nothing
 * (as in the assessment's kernels, whose +0 terms change no bit). Scaling by powers of two is
 * exact, so where the plain sums neither overflow nor underflow these are exactly those sums over
 * 2^K and W, and a mean (sum / present) · 2^K / W has the same bits either way. **mean** chooses
 * W: the largest present weight (the mean's divisor), or the largest of all (the weighted sum's,
 * which counts missing values as 0).
 */
export function scaledWeightedSums(
  xs: ArrayLike<number>,
  ws: ArrayLike<number>,
  k: number,
  mean: boolean,
): ScaledWeightedSums {
  let largest = 0;
  let maxW = 0;
  let K = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    const x = xs[c]!;
    const w = ws[c]!;
    if (x === x && w > 0) {
      largest = Math.max(largest, Math.abs(x));
      if (x !== 0) K = Math.max(K, binaryExponent(w) + binaryExponent(x));
    }
    if ((x === x || !mean) && w > maxW) maxW = w;
  }
  if (K === Number.NEGATIVE_INFINITY) K = 0;
  const W = maxW > 0 ? binaryScale(maxW) : 1;
  let sum = 0;
  let sumC = 0;
  let present = 0;
  let presentC = 0;
  let all = 0;
  let allC = 0;
  for (let c = 0; c < k; c++) {
    const x = xs[c]!;
    const w = ws[c]! / W;
    let t: number;
    if (!mean) {
      t = all + w;
      allC += neumaierError(all, w, t);
      all = t;
    }
    if (x !== x) continue;
    t = present + w;
    presentC += neumaierError(present, w, t);
    present = t;
    // The weight as given: a tiny one may have underflowed in w / W, but its product need not.
    if (ws[c]! === 0 || x === 0) continue;
    const ew = binaryExponent(ws[c]!);
    const ex = binaryExponent(x);
    const term = (ws[c]! / 2 ** ew) * (x / 2 ** ex) * 2 ** (ew + ex - K);
    t = sum + term;
    sumC += neumaierError(sum, term, t);
    sum = t;
  }
  return { sum: sum + sumC, sumExponent: K, present: present + presentC, all: all + allC, weightScale: W, largest };
}
