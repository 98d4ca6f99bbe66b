import { presentPairs } from '../_lib/presentPairs.js';
import { weightedMeanInto } from '../_lib/weightedMeanInto.js';

/**
 * Weighted arithmetic mean `Σ wᵢxᵢ / Σ wᵢ` over the present values: missing values and their
 * weights are dropped and the rest renormalised (COINr `a_amean`; the SDG Index's goal score).
 * Weights default to 1. `null` when nothing is present, all weights are 0, or a weight is negative.
 * Finite for any finite values and weights: where `wᵢxᵢ` or a sum would overflow (values or weights
 * near ±1.8e308) or products underflow (subnormals), the sums are taken relative to the largest
 * product and the largest weight (by powers of two, exact), which changes no bit where nothing
 * overflows and keeps the mean within [min, max] of the values everywhere.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions.
 * @returns The mean.
 * @example
 * aggregateWeightedMean([80, null, 60], [1, 5, 3]) //=> 65
 * aggregateWeightedMean([1e308, 1.7e308]) //=> 1.35e308 (the plain sum overflows)
 */
export function aggregateWeightedMean(
  values: ReadonlyArray<number | null>,
  weights?: ReadonlyArray<number>,
): number | null {
  const p = presentPairs(values, weights);
  if (!p || p.xs.length === 0) return null;
  const mean = weightedMeanInto(true, p.xs, p.ws, p.xs.length, new Float64Array(p.xs.length));
  return mean === mean ? mean : null;
}
