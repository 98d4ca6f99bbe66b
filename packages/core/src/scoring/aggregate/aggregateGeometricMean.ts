import { compensatedSum } from '../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';

/**
 * Weighted geometric mean `exp(Σ wᵢ ln xᵢ / Σ wᵢ)` over the present values (COINr `a_gmean`),
 * which lets a poor score pull the result down harder than the arithmetic mean. Edges: a 0 makes
 * the mean 0; a negative value makes it undefined (`null`), so shift or rescale such indicators
 * first; no present value, all weights 0 or a negative weight give `null`.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions (default 1).
 * @returns The mean.
 * @example
 * aggregateGeometricMean([1, 2, 3]) //=> 1.8171205928321397
 * aggregateGeometricMean([1, 2, 3], [1, 1, 2]) //=> 2.0597671439071177
 */
export function aggregateGeometricMean(values: ReadonlyArray<number | null>, weights?: ReadonlyArray<number>): number | null {
  const p = presentPairs(values, weights);
  if (!p || p.xs.length === 0 || p.xs.some((x) => x < 0)) return null;
  const total = compensatedSum(p.ws);
  if (!(total > 0)) return null;
  if (p.xs.some((x) => x === 0)) return 0;
  return Math.exp(compensatedSum(p.xs.map((x, k) => p.ws[k]! * Math.log(x))) / total);
}
