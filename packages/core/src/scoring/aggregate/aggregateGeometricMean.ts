import { binaryScale } from '../_lib/binaryExponent.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';
import { SMALLEST_SAFE_SUM } from '../_lib/weightedMeanInto.js';

/**
 * Weighted geometric mean `exp(Σ wᵢ ln xᵢ / Σ wᵢ)` over the present values (COINr `a_gmean`),
 * which lets a poor score pull the result down harder than the arithmetic mean. Edges: a 0 makes
 * the mean 0; a negative value makes it undefined (`null`), so shift or rescale such indicators
 * first; no present value, all weights 0 or a negative weight give `null`. Any finite values and
 * weights give a finite mean within [min, max]: logarithms are bounded (±745), and weights whose
 * sum overflows or whose products underflow are first divided by a power of two at the largest
 * (which changes no bit where nothing overflows).
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions (default 1).
 * @returns The mean.
 * @example
 * aggregateGeometricMean([1, 2, 3]) //=> 1.8171205928321397
 * aggregateGeometricMean([1, 2, 3], [1, 1, 2]) //=> 2.0597671439071177
 */
export function aggregateGeometricMean(
  values: ReadonlyArray<number | null>,
  weights?: ReadonlyArray<number>,
): number | null {
  const p = presentPairs(values, weights);
  if (!p || p.xs.length === 0 || p.xs.some((x) => x < 0)) return null;
  const total = compensatedSum(p.ws);
  if (!(total > 0)) return null;
  if (p.xs.some((x) => x === 0)) return 0;
  const logs = compensatedSum(p.xs.map((x, k) => p.ws[k]! * Math.log(x)));
  const mean = Math.exp(logs / total);
  // exp of a mean log rounded past ln(1.8e308) would overflow: take the scaled path, which clamps.
  if (
    total >= SMALLEST_SAFE_SUM &&
    total <= Number.MAX_VALUE &&
    Math.abs(logs) <= Number.MAX_VALUE &&
    mean <= Number.MAX_VALUE
  )
    return mean;
  const scale = binaryScale(p.ws.reduce((a, b) => Math.max(a, b)));
  const ws = p.ws.map((w) => w / scale);
  const scaled = Math.exp(compensatedSum(p.xs.map((x, k) => ws[k]! * Math.log(x))) / compensatedSum(ws));
  return Math.min(
    Math.max(
      scaled,
      p.xs.reduce((a, b) => Math.min(a, b)),
    ),
    p.xs.reduce((a, b) => Math.max(a, b)),
  );
}
