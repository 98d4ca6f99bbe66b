import { isPresent } from '../_lib/present.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';

/**
 * Sample skewness and excess kurtosis of the present values.
 *
 * @category Scoring
 * @example
 * skewKurtosis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]) //=> { skew: 3.2556…, kurt: 10.7066… }
 */
export interface SkewKurtosis {
  /** Adjusted Fisher–Pearson skewness (needs n ≥ 3, else `null`). */
  skew: number | null;
  /** Excess kurtosis, e1071 type 2 (needs n ≥ 4, else `null`). */
  kurt: number | null;
}

/**
 * Skewness and kurtosis as COINr's `check_SkewKurt` computes them:
 * `skew = √n·Σd³/(Σd²)^{3/2} · √(n(n−1))/(n−2)` and
 * `kurt = ((n+1)(r−3)+6)(n−1)/((n−2)(n−3))` with `r = n·Σd⁴/(Σd²)²`, d the deviations from the mean.
 * No spread gives 0 for both. Source: COINr R/treat.R (e1071 types 2).
 *
 * @category Scoring
 * @param values - Values; `null` is skipped.
 * @returns The two statistics.
 * @example
 * skewKurtosis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]) //=> { skew: 3.2556381840605084, kurt: 10.706673906421969 }
 */
export function skewKurtosis(values: ReadonlyArray<number | null>): SkewKurtosis {
  const xs = values.filter(isPresent);
  const n = xs.length;
  const mean = n > 0 ? compensatedSum(xs) / n : 0;
  const d = xs.map((x) => x - mean);
  const m2 = compensatedSum(d.map((x) => x * x));
  if (m2 === 0) return { skew: n >= 3 ? 0 : null, kurt: n >= 4 ? 0 : null };
  const skew =
    n >= 3
      ? ((Math.sqrt(n) * compensatedSum(d.map((x) => x ** 3))) / m2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2))
      : null;
  const r = (n * compensatedSum(d.map((x) => x ** 4))) / (m2 * m2);
  const kurt = n >= 4 ? (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3)) : null;
  return { skew, kurt };
}
