import { presentPoints, type YearValue } from './yearValue.js';

/**
 * Options of {@link trendRun}.
 *
 * @category Progress
 * @example
 * trendRun([{ year: 2024, value: 32.7 }, { year: 2025, value: 30.5 }], { direction: -1 }).trend //=> 'improving' (Xihu's PM2.5: lower is better)
 */
export interface TrendRunOptions {
  /** *1* higher is better, *-1* lower is better. */
  direction: 1 | -1;
}

/**
 * The latest trend and how long it has lasted.
 *
 * @category Progress
 * @example
 * const gangkou = [44.5, 43.6, 42.8, 42.8, 42.8, 42.8].map((value, k) => ({ year: 2020 + k, value })); // Gangkou's PM2.5, 2020–2025
 * trendRun(gangkou, { direction: -1 }) //=> { trend: 'flat', run: 3, from: 2022, to: 2025 }
 */
export interface TrendRunResult {
  trend: 'improving' | 'worsening' | 'flat' | 'none';
  /** Consecutive changes in that direction, ending at the latest value (0 for `none`). */
  run: number;
  /** The years the run spans, first and last. */
  from: number | null;
  to: number | null;
}

/**
 * The direction of the latest change and how many consecutive changes it has lasted (the "trend
 * arrow with run length" of results-based scorecards): `improving` or `worsening` given the
 * indicator's direction, `flat` when equal. Missing years are skipped, so a gap does not break a
 * run. Fewer than two values: `none`.
 *
 * @category Progress
 * @param series - Values by year, any order.
 * @param options - **direction**.
 * @returns Trend, run length and span.
 * @example
 * trendRun([{ year: 2022, value: 40 }, { year: 2023, value: 38 }, { year: 2024, value: 35 }], { direction: -1 })
 * //=> { trend: 'improving', run: 2, from: 2022, to: 2024 }
 */
export function trendRun(series: ReadonlyArray<YearValue>, { direction }: TrendRunOptions): TrendRunResult {
  const points = presentPoints(series);
  if (points.length < 2) return { trend: 'none', run: 0, from: null, to: null };
  const sign = (k: number): number => Math.sign((points[k]!.value - points[k - 1]!.value) * direction);
  const last = points.length - 1;
  const s = sign(last);
  let k = last;
  while (k - 1 >= 1 && sign(k - 1) === s) k--;
  return {
    trend: s > 0 ? 'improving' : s < 0 ? 'worsening' : 'flat',
    run: last - k + 1,
    from: points[k - 1]!.year,
    to: points[last]!.year,
  };
}
