import { skewKurtosis } from './skewKurtosis.js';

/**
 * Options of {@link treatWinsorise}.
 *
 * @category Scoring
 * @example
 * treatWinsorise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100], { winmax: 1 }).treated //=> 1
 */
export interface TreatWinsoriseOptions {
  /** Most points to treat; default *5*. */
  winmax?: number;
  /** Skewness limit; default *2*. */
  skewThreshold?: number;
  /** Kurtosis limit; default *3.5*. */
  kurtThreshold?: number;
}

/**
 * The result of {@link treatWinsorise}.
 *
 * @category Scoring
 * @example
 * treatWinsorise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100])
 * //=> { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10], treated: 1, passes: true }
 */
export interface WinsoriseResult {
  values: Array<number | null>;
  /** Points replaced (tied points count one each). */
  treated: number;
  /** Whether the values pass after treatment: |skew| < limit or kurtosis < limit. */
  passes: boolean;
}

const fails = (xs: ReadonlyArray<number | null>, skewLimit: number, kurtLimit: number): boolean => {
  const { skew, kurt } = skewKurtosis(xs);
  return skew !== null && kurt !== null && Math.abs(skew) >= skewLimit && kurt >= kurtLimit;
};

/**
 * Outlier treatment by winsorisation, as COINr's `winsorise`: while the values fail the
 * skew–kurtosis check (an indicator fails only when |skew| ≥ 2 AND kurtosis ≥ 3.5) and fewer than
 * `winmax` points are treated, replace the highest value (all tied highest values) by the next
 * highest when skew ≥ 0, or the lowest by the next lowest otherwise. Missing values stay missing.
 *
 * @category Scoring
 * @param values - Values; `null` for missing.
 * @param options - **winmax**, **skewThreshold**, **kurtThreshold**.
 * @returns The treated values, the count treated and whether they now pass.
 * @example
 * treatWinsorise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]).values.at(-1) //=> 10
 */
export function treatWinsorise(
  values: ReadonlyArray<number | null>,
  { winmax = 5, skewThreshold = 2, kurtThreshold = 3.5 }: TreatWinsoriseOptions = {},
): WinsoriseResult {
  const xs = values.slice();
  let treated = 0;
  while (fails(xs, skewThreshold, kurtThreshold) && treated < winmax) {
    const present = xs.filter((x): x is number => x !== null);
    const high = (skewKurtosis(xs).skew ?? 0) >= 0;
    const extreme = high ? Math.max(...present) : Math.min(...present);
    const rest = present.filter((x) => x !== extreme);
    if (rest.length === 0) break;
    const next = high ? Math.max(...rest) : Math.min(...rest);
    xs.forEach((x, k) => {
      if (x === extreme) {
        xs[k] = next;
        treated++;
      }
    });
  }
  return { values: xs, treated, passes: !fails(xs, skewThreshold, kurtThreshold) };
}
