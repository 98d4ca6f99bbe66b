import { isPresent } from '../_lib/present.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { binaryScale } from '../_lib/binaryExponent.js';

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
 * Numeric edges: z-scores do not depend on the unit of the values, so when the sums or squares
 * would overflow or underflow (values near ±1.8e308, or a spread of subnormals) the values are
 * first divided by a power of two at their largest (exact; the bits are unchanged where nothing
 * overflows). A result beyond ±1.8e308 (an **sd** or **mean** that large) cannot be represented: `null`.
 *
 * @category Scoring
 * @param values - One value per unit; `null` for missing.
 * @param options - **mean**, **sd**.
 * @returns The standardised values.
 * @example
 * normalizeZScore([1, 2, 3]) //=> [-1, 0, 1]
 * normalizeZScore([1e308, 1.5e308, 1.7e308]) //=> [-1.1094003924504585, 0.27735009811261446, 0.8320502943378434] (their sum overflows)
 */
export function normalizeZScore(
  values: ReadonlyArray<number | null>,
  { mean = 0, sd = 1 }: NormalizeZScoreOptions = {},
): Array<number | null> {
  const xs = values.filter(isPresent);
  const n = xs.length;
  // Equal values have no spread: tested exactly, since their computed mean can be off by an ulp
  // (three 0.1s average to 0.10000000000000002) and would leave a tiny s that blows up.
  if (n < 2 || xs.every((x) => x === xs[0])) return values.map((v) => (isPresent(v) ? mean : null));
  let unit = 1;
  let { avg, s } = moments(xs, unit);
  // Squares that overflowed (s = ∞, or NaN from ∞ − ∞) or may have underflowed: rescale.
  if (!(s >= 2 ** -400 && s <= Number.MAX_VALUE)) {
    unit = binaryScale(xs.reduce((a, x) => Math.max(a, Math.abs(x)), 0));
    ({ avg, s } = moments(xs, unit));
  }
  return values.map((v) => {
    if (!isPresent(v)) return null;
    const y = ((v / unit - avg) / s) * sd + mean;
    return Math.abs(y) <= Number.MAX_VALUE ? y : null;
  });
}

/** The mean and sample standard deviation of the values divided by `unit` (a power of two). */
function moments(xs: ReadonlyArray<number>, unit: number): { avg: number; s: number } {
  const ys = unit === 1 ? xs : xs.map((x) => x / unit);
  const avg = compensatedSum(ys) / ys.length;
  return { avg, s: Math.sqrt(compensatedSum(ys.map((y) => (y - avg) ** 2)) / (ys.length - 1)) };
}
