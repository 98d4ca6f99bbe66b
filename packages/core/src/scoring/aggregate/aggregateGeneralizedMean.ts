import { compensatedSum } from '../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';
import { aggregateGeometricMean } from './aggregateGeometricMean.js';

/**
 * Weighted generalised (power) mean `(Σ wᵢxᵢᵖ / Σ wᵢ)^(1/p)` over the present values (COINr
 * `a_genmean`): p = 1 arithmetic, p = 0 geometric (its limit), p = −1 harmonic. Edges: negative
 * values give `null` (powers of negatives are undefined for most p); with p < 0 a 0 gives 0; no
 * present value, all weights 0 or a negative weight give `null`.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions (default 1 when `undefined`).
 * @param p - The exponent.
 * @returns The mean.
 * @example
 * aggregateGeneralizedMean([1, 2, 3], undefined, 1) //=> 2
 */
export function aggregateGeneralizedMean(values: ReadonlyArray<number | null>, weights: ReadonlyArray<number> | undefined, p: number): number | null {
  if (!Number.isFinite(p)) return null;
  if (p === 0) return aggregateGeometricMean(values, weights);
  const pairs = presentPairs(values, weights);
  if (!pairs || pairs.xs.length === 0 || pairs.xs.some((x) => x < 0)) return null;
  const total = compensatedSum(pairs.ws);
  if (!(total > 0)) return null;
  if (p < 0 && pairs.xs.some((x) => x === 0)) return 0;
  const mean = (compensatedSum(pairs.xs.map((x, k) => pairs.ws[k]! * x ** p)) / total) ** (1 / p);
  return Number.isFinite(mean) ? mean : null;
}
