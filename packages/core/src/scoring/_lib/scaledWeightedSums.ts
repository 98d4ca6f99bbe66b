import { binaryScale } from './binaryExponent.js';

/** What {@link scaledWeightedSums} returns: the sums of the scaled terms and the two scales. */
export interface ScaledWeightedSums {
  /** Σ (wᵢ/W)(xᵢ/X) over the present values with a positive weight. */
  sum: number;
  /** Σ wᵢ/W over the present values. */
  present: number;
  /** Σ wᵢ/W over all `k` values (the divisor of the weighted sum with missing values as 0); 0 for **mean**. */
  all: number;
  /** The largest |xᵢ| that counts (0 when there is none): no mean lies further from 0. */
  largest: number;
  /** X: the {@link binaryScale} of the largest |xᵢ| that counts (1 when that is 0). */
  valueScale: number;
  /** W: the binaryScale of the largest weight of the divisor (1 when that is 0). */
  weightScale: number;
}

/**
 * The sums behind a weighted mean, Σ wᵢxᵢ and Σ wᵢ, over the first `k` entries (a NaN value is
 * missing), taken on the values divided by X and the weights by W, powers of two at their largest
 * magnitudes: every product is then below 4 and the weights add up to between 1 and 2k, so
 * nothing overflows, and a product underflows only below 2⁻¹⁰²² of the largest, where rounding
 * would lose it anyway. The sums are Neumaier-compensated in the order of the entries; a zero
 * weight or a missing value adds nothing (as in the assessment's kernels, whose +0 terms change no
 * bit). Division by a power of two is exact, so where the unscaled sums neither overflow nor
 * underflow these are exactly those sums over W·X and W, and a mean (sum / present) · X has the
 * same bits either way. **mean** chooses W: the largest present weight (the mean's divisor), or
 * the largest of all (the weighted sum's, which counts missing values as 0).
 */
export function scaledWeightedSums(xs: ArrayLike<number>, ws: ArrayLike<number>, k: number, mean: boolean): ScaledWeightedSums {
  let maxX = 0;
  let maxW = 0;
  for (let c = 0; c < k; c++) {
    const x = xs[c]!;
    const w = ws[c]!;
    if (x === x && w > 0 && Math.abs(x) > maxX) maxX = Math.abs(x);
    if ((x === x || !mean) && w > maxW) maxW = w;
  }
  const X = maxX > 0 ? binaryScale(maxX) : 1;
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
      allC += Math.abs(all) >= Math.abs(w) ? all - t + w : w - t + all;
      all = t;
    }
    if (x !== x) continue;
    t = present + w;
    presentC += Math.abs(present) >= Math.abs(w) ? present - t + w : w - t + present;
    present = t;
    if (w === 0) continue;
    const term = w * (x / X);
    t = sum + term;
    sumC += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return { sum: sum + sumC, present: present + presentC, all: all + allC, largest: maxX, valueScale: X, weightScale: W };
}
