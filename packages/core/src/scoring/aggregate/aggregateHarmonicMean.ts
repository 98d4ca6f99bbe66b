import { compensatedSum } from '../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';

/**
 * Weighted harmonic mean `Σ wᵢ / Σ (wᵢ/xᵢ)` over the present values (COINr `a_hmean`). Edges:
 * a 0 makes the mean 0 (its limit); a negative value makes it undefined (`null`); no present
 * value, all weights 0 or a negative weight give `null`.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions (default 1).
 * @returns The mean.
 * @example
 * aggregateHarmonicMean([1, 2, 3], [2, 1, 1]) //=> 1.4117647058823528
 */
export function aggregateHarmonicMean(values: ReadonlyArray<number | null>, weights?: ReadonlyArray<number>): number | null {
  const p = presentPairs(values, weights);
  if (!p || p.xs.length === 0 || p.xs.some((x) => x < 0)) return null;
  const total = compensatedSum(p.ws);
  if (!(total > 0)) return null;
  if (p.xs.some((x) => x === 0)) return 0;
  return total / compensatedSum(p.xs.map((x, k) => p.ws[k]! / x));
}
