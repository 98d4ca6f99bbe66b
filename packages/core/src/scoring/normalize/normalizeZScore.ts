import { isPresent } from '../_lib/present.js';
import { compensatedSum } from '../_lib/compensatedSum.js';

/**
 * Options of {@link normalizeZScore}.
 *
 * @category Scoring
 * @example
 * normalizeZScore([1, 2, 3], { mean: 50, sd: 10 }) //=> [40, 50, 60]
 */
export interface NormalizeZScoreOptions {
  /** The mean of the output; default *0*. */
  mean?: number;
  /** The standard deviation of the output; default *1*. */
  sd?: number;
}

/**
 * Standardisation: `(x − x̄)/s × sd + mean`, with `x̄` and the sample standard deviation `s`
 * (n − 1) over the present values. Fewer than two present values, or no spread: every present
 * value gets `mean`. Missing values stay missing. Source: COINr `n_zscore`; JRC/OECD Handbook §5.
 *
 * @category Scoring
 * @param values - One value per unit; `null` for missing.
 * @param options - **mean**, **sd**.
 * @returns The standardised values.
 * @example
 * normalizeZScore([1, 2, 3]) //=> [-1, 0, 1]
 */
export function normalizeZScore(values: ReadonlyArray<number | null>, { mean = 0, sd = 1 }: NormalizeZScoreOptions = {}): Array<number | null> {
  const xs = values.filter(isPresent);
  const n = xs.length;
  const avg = n > 0 ? compensatedSum(xs) / n : 0;
  // Equal values have no spread: tested exactly, since their computed mean can be off by an ulp
  // (three 0.1s average to 0.10000000000000002) and would leave a tiny s that blows up.
  const spread = n > 1 && xs.some((x) => x !== xs[0]);
  const s = spread ? Math.sqrt(compensatedSum(xs.map((x) => (x - avg) ** 2)) / (n - 1)) : 0;
  return values.map((v) => (!isPresent(v) ? null : s > 0 ? ((v - avg) / s) * sd + mean : mean));
}
