import type { IndicatorProgressStatus } from '../vocabulary/indicatorProgressStatus.schema.js';
import { presentPoints, type YearValue } from './yearValue.js';

/**
 * Options of {@link progressOpenSdg}.
 *
 * @category Progress
 * @example
 * const options: ProgressOpenSdgOptions = { direction: -1, target: 30, targetYear: 2026, baseYear: 2020 }; // Meixi's PM2.5 target, µg/m³
 */
export interface ProgressOpenSdgOptions {
  /** *1* higher is better, *-1* lower is better. Required: Open SDG silently defaults to "lower is better". */
  direction: 1 | -1;
  /** The target value, if there is one. */
  target?: number;
  /** The year the target is due; default *2030*. */
  targetYear?: number;
  /** The base year; the first year with data from it on is used. Default *2015*. */
  baseYear?: number;
}

/**
 * The result of {@link progressOpenSdg}.
 *
 * @category Progress
 * @example
 * const pm25 = [41.2, 39, 37, 34.9, 32.7, 30.5].map((value, k) => ({ year: 2020 + k, value })); // Xihu, 2020–2025 (Meixi)
 * progressOpenSdg(pm25, { direction: -1, target: 30, targetYear: 2026, baseYear: 2020 })
 * //=> { status: 'onTrack', score: 3.8099160…, cagr: -0.0583694…, requiredCagr: -0.0514999…, ratio: 1.1333882… }
 */
export interface OpenSdgProgress {
  status: IndicatorProgressStatus;
  /** −5 … +5 (5 when achieved), or `null` with no result. */
  score: number | null;
  /** Observed compound annual growth rate from the base year to the latest year. */
  cagr: number | null;
  /** Growth needed from the base year to reach the target by the target year. */
  requiredCagr?: number | null;
  /** Observed over required growth (signed by the direction). */
  ratio?: number | null;
}

const growth = (v1: number, v0: number, years: number): number => (v1 / v0) ** (1 / years) - 1;
const lerp = (x: number, points: ReadonlyArray<readonly [number, number]>): number => {
  if (x <= points[0]![0]) return points[0]![1];
  for (let k = 1; k < points.length; k++) {
    const [x1, y1] = points[k]!;
    const [x0, y0] = points[k - 1]!;
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return points[points.length - 1]![1];
};
const withTarget = [
  [-0.6, -5],
  [0.6, 0],
  [1.3, 5],
] as const;
const withoutTarget = [
  [-0.02, -5],
  [0, -2.5],
  [0.005, 0],
  [0.015, 2.5],
  [0.02, 5],
] as const;
// Statuses are decided on the measure itself (ratio or growth), not on the rounded-through score.
const statusOf = (x: number, high: number, medium: number): IndicatorProgressStatus =>
  x >= high ? 'onTrack' : x >= medium ? 'moderate' : x >= 0 ? 'limited' : 'deteriorating';

/**
 * The Statistics Canada / Open SDG progress measure (sdg-build `ProgressMeasure.py`): observed
 * compound annual growth `(y_t/y_0)^(1/(t−t_0)) − 1` from the base year to the latest year, against
 * the growth required to reach the target by its year (ratio thresholds 0.95 / 0.60 / 0), or without
 * a target against 1.5 % / 0.5 % / 0. Scores map piecewise-linearly onto −5…+5 (ratio −0.6 → −5,
 * 0.6 → 0, 1.3 → +5; without a target −2 % → −5, 0 → −2.5, 0.5 % → 0, 1.5 % → 2.5, 2 % → 5) and the
 * status follows the score bands: onTrack (substantial), moderate, limited, deteriorating; a met
 * target is `achieved` with score 5. Guards as Open SDG: a zero base or target becomes 0.001;
 * a sign change between base and latest value, fewer than 2 points, or no point from the base year
 * on give `noData`. Fixed here: the direction is required, and a target equal to the base value
 * (no change needed) is defined: not yet met means the series moved away, so `deteriorating`.
 *
 * @category Progress
 * @param series - Annual values, any order; `null` for missing years.
 * @param options - **direction**, **target**, **targetYear**, **baseYear**.
 * @returns Status, score and the growth figures behind them.
 * @example
 * progressOpenSdg([{ year: 2015, value: 20 }, { year: 2022, value: 15 }], { direction: -1, target: 10 })
 * //=> { status: 'moderate', score: 2.0830413…, cagr: -0.0402643…, requiredCagr: -0.0451583…, ratio: 0.8916257… }
 */
export function progressOpenSdg(series: ReadonlyArray<YearValue>, options: ProgressOpenSdgOptions): OpenSdgProgress {
  const { direction, target, targetYear = 2030, baseYear = 2015 } = options;
  const none: OpenSdgProgress = { status: 'noData', score: null, cagr: null };
  const points = presentPoints(series).filter((p) => p.year >= baseYear);
  if (points.length < 2) return none;
  const base = points[0]!;
  const latest = points[points.length - 1]!;
  if (base.value * latest.value < 0) return none;
  const sign = base.value < 0 || latest.value < 0 ? -1 : 1;
  const y0 = base.value === 0 ? 0.001 : base.value;
  const yt = latest.value;
  const cagr = growth(yt, y0, latest.year - base.year);
  if (!Number.isFinite(cagr)) return none;
  if (target === undefined) {
    const progress = sign * direction * cagr;
    return { status: statusOf(progress, 0.015, 0.005), score: lerp(progress, withoutTarget), cagr };
  }
  if (direction * (yt - target) >= 0) return { status: 'achieved', score: 5, cagr, requiredCagr: null, ratio: null };
  const goal = target === 0 ? 0.001 : target;
  if (targetYear <= base.year) return none;
  const requiredCagr = growth(goal, y0, targetYear - base.year);
  if (!Number.isFinite(requiredCagr)) return none;
  if (requiredCagr === 0) return { status: 'deteriorating', score: -5, cagr, requiredCagr, ratio: null };
  const ratio = (sign * direction * cagr) / Math.abs(requiredCagr);
  return { status: statusOf(ratio, 0.95, 0.6), score: lerp(ratio, withTarget), cagr, requiredCagr, ratio };
}
