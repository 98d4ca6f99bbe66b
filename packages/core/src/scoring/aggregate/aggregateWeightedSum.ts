import { compensatedSum } from '../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';

/**
 * Weighted sum `Σ wᵢxᵢ` of the present values (missing values add nothing; weights default to 1),
 * for schemes that add up points. `null` when nothing is present or a weight is negative.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions.
 * @returns The sum.
 * @example
 * aggregateWeightedSum([10, 20, null], [1, 2, 3]) //=> 50
 */
export function aggregateWeightedSum(values: ReadonlyArray<number | null>, weights?: ReadonlyArray<number>): number | null {
  const p = presentPairs(values, weights);
  if (!p || p.xs.length === 0) return null;
  return compensatedSum(p.xs.map((x, k) => x * p.ws[k]!));
}
