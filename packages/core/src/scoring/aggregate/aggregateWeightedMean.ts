import { compensatedSum } from '../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';

/**
 * Weighted arithmetic mean `Σ wᵢxᵢ / Σ wᵢ` over the present values: missing values and their
 * weights are dropped and the rest renormalised (COINr `a_amean`; the SDG Index's goal score).
 * Weights default to 1. `null` when nothing is present, all weights are 0, or a weight is negative.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions.
 * @returns The mean.
 * @example
 * aggregateWeightedMean([80, null, 60], [1, 5, 3]) //=> 65
 */
export function aggregateWeightedMean(values: ReadonlyArray<number | null>, weights?: ReadonlyArray<number>): number | null {
  const p = presentPairs(values, weights);
  if (!p || p.xs.length === 0) return null;
  const total = compensatedSum(p.ws);
  return total > 0 ? compensatedSum(p.xs.map((x, k) => x * p.ws[k]!)) / total : null;
}
