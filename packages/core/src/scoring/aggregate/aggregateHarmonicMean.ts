import { binaryExponent, binaryScale, timesPowerOfTwo } from '../_lib/binaryExponent.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';
import { SMALLEST_SAFE_SUM } from '../_lib/weightedMeanInto.js';

/**
 * Weighted harmonic mean `Σ wᵢ / Σ (wᵢ/xᵢ)` over the present values (COINr `a_hmean`). Edges:
 * a 0 makes the mean 0 (its limit); a negative value makes it undefined (`null`); no present
 * value, all weights 0 or a negative weight give `null`. Any finite values and weights give a
 * finite mean within [min, max]: where `wᵢ/xᵢ` overflows (a subnormal value) or a sum overflows
 * or underflows, each `wᵢ/xᵢ` is formed as a quotient of mantissas times a power of two and the
 * sums are taken relative to the largest, so a tiny value dominates the mean as its limit says.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions (default 1).
 * @returns The mean.
 * @example
 * aggregateHarmonicMean([1, 2, 3], [2, 1, 1]) //=> 1.4117647058823528
 * aggregateHarmonicMean([5e-324, 1]) //=> 1e-323 (1/5e-324 overflows)
 */
export function aggregateHarmonicMean(
  values: ReadonlyArray<number | null>,
  weights?: ReadonlyArray<number>,
): number | null {
  const p = presentPairs(values, weights);
  if (!p || p.xs.length === 0 || p.xs.some((x) => x < 0)) return null;
  const total = compensatedSum(p.ws);
  if (!(total > 0)) return null;
  if (p.xs.some((x) => x === 0)) return 0;
  const inverse = compensatedSum(p.xs.map((x, k) => p.ws[k]! / x));
  const mean = total / inverse;
  if (
    total >= SMALLEST_SAFE_SUM &&
    total <= Number.MAX_VALUE &&
    inverse >= SMALLEST_SAFE_SUM &&
    mean <= Number.MAX_VALUE
  )
    return mean;
  // wᵢ/xᵢ = (mᵢ/nᵢ)·2^kᵢ with mantissas mᵢ, nᵢ in [1, 2): summed relative to the largest 2^K, and
  // Σ wᵢ relative to the largest weight 2^E, the mean is (Σ wᵢ/2^E) / (Σ (mᵢ/nᵢ)·2^(kᵢ−K)) · 2^(E−K).
  const exponents = p.xs.map((x, k) => binaryExponent(p.ws[k]!) - binaryExponent(x));
  const K = exponents.reduce((a, b) => Math.max(a, b));
  const terms = p.xs.map(
    (x, k) => (p.ws[k]! / binaryScale(p.ws[k]!) / (x / binaryScale(x))) * 2 ** (exponents[k]! - K),
  );
  const E = binaryExponent(p.ws.reduce((a, b) => Math.max(a, b)));
  const weightSum = compensatedSum(p.ws.map((w) => w / 2 ** E));
  const scaled = timesPowerOfTwo(weightSum / compensatedSum(terms), E - K);
  return Math.min(
    Math.max(
      scaled,
      p.xs.reduce((a, b) => Math.min(a, b)),
    ),
    p.xs.reduce((a, b) => Math.max(a, b)),
  );
}
