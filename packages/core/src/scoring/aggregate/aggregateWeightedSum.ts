import { compensatedSum } from '../../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';
import { scaledWeightedSums } from '../_lib/scaledWeightedSums.js';
import { timesPowerOfTwo } from '../_lib/binaryExponent.js';
import { SMALLEST_SAFE_SUM } from '../_lib/weightedMeanInto.js';

/**
 * Weighted sum `Σ wᵢxᵢ` of the present values (missing values add nothing; weights default to 1),
 * for schemes that add up points. `null` when nothing is present or a weight is negative, and
 * when the sum itself lies beyond ±1.8e308 (no double holds it); a product that overflows or
 * underflows on the way is no problem, as the sum is then taken on each product's mantissas
 * times a power of two, relative to the largest product.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions.
 * @returns The sum.
 * @example
 * aggregateWeightedSum([10, 20, null], [1, 2, 3]) //=> 50
 * aggregateWeightedSum([1e300, -1e300], [1e10, 1e10]) //=> 0
 * aggregateWeightedSum([1e308, 1e308]) //=> null (2e308 is beyond the largest double)
 */
export function aggregateWeightedSum(
  values: ReadonlyArray<number | null>,
  weights?: ReadonlyArray<number>,
): number | null {
  const p = presentPairs(values, weights);
  if (!p || p.xs.length === 0) return null;
  const sum = compensatedSum(p.xs.map((x, k) => x * p.ws[k]!));
  if (Math.abs(sum) >= SMALLEST_SAFE_SUM && Math.abs(sum) <= Number.MAX_VALUE) return sum;
  // Products may have overflowed or underflowed: sum them relative to the largest, then scale back.
  const s = scaledWeightedSums(p.xs, p.ws, p.xs.length, true);
  const y = timesPowerOfTwo(s.sum, s.sumExponent);
  return Math.abs(y) <= Number.MAX_VALUE ? y : null;
}
