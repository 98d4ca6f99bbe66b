import type { IndicatorProgressStatus } from '../vocabulary/indicatorProgressStatus.schema.js';
import { presentPoints, type YearValue } from './yearValue.js';

/**
 * Options of {@link progressUnsd}.
 *
 * @category Progress
 * @example
 * const pm25 = [41.2, 39, 37, 34.9, 32.7, 30.5].map((value, k) => ({ year: 2020 + k, value })); // Xihu, 2020–2025 (Meixi)
 * progressUnsd(pm25, { direction: -1, target: 30, targetYear: 2026 }).status //=> 'onTrack'
 */
export interface ProgressUnsdOptions {
  /** *1* higher is better, *-1* lower is better. */
  direction: 1 | -1;
  /** The target value, if there is one. */
  target?: number;
  /** The year the target is due; default *2030*. */
  targetYear?: number;
}

/**
 * The result of {@link progressUnsd}.
 *
 * @category Progress
 * @example
 * const gangkou = [44.5, 43.6, 42.8, 42.8, 42.8, 42.8].map((value, k) => ({ year: 2020 + k, value })); // Gangkou's PM2.5, 2020–2025
 * progressUnsd(gangkou, { direction: -1, target: 30, targetYear: 2026 })
 * //=> { status: 'moderate', score: 2, cagr: -0.0077599…, projected: 42.4678740…, ratio: 0.1401466… }
 */
export interface UnsdProgress {
  status: IndicatorProgressStatus;
  /** 3 achieved or on track, 2 fair progress, 1 stagnation or regression; `null` with no result. */
  score: 1 | 2 | 3 | null;
  cagr: number | null;
  /** The value projected for the target year at the observed growth rate. */
  projected?: number | null;
  /** (projected − base) / (target − base). */
  ratio?: number | null;
}

/**
 * The UNSD Progress Chart 2023 projection method (as EUSTAT implements it): observed growth
 * `CAGR = (v_t/v_b)^(1/(t−b)) − 1`, projected value `v_t·(1 + CAGR)^(targetYear − t)`, and with a
 * target `ratio = (projected − v_b)/(target − v_b)`: ≥ 0.95 → 3, ≥ 0.10 → 2, else 1. Without a
 * target, the CAGR (sign mirrored when lower is better): ≥ 2 % → 3, ≥ 0.5 % → 2, else 1. A latest
 * value that meets the target, or lies within 1 % of a 0 % or 100 % target, is achieved (3).
 * Statuses: 3 → `achieved` or `onTrack`, 2 → `moderate`, 1 → `limited` (`deteriorating` when
 * moving away from the target). Fewer than 2 points or a sign change: `noData`.
 *
 * @category Progress
 * @param series - Annual values, any order.
 * @param options - **direction**, **target**, **targetYear**.
 * @returns Status, score and projection.
 * @example
 * progressUnsd([{ year: 2015, value: 20 }, { year: 2022, value: 15 }], { direction: -1, target: 10 })
 * //=> { status: 'moderate', score: 2, cagr: -0.0402643…, projected: 10.7970256…, ratio: 0.9202974… }
 */
export function progressUnsd(
  series: ReadonlyArray<YearValue>,
  { direction, target, targetYear = 2030 }: ProgressUnsdOptions,
): UnsdProgress {
  const none: UnsdProgress = { status: 'noData', score: null, cagr: null };
  const points = presentPoints(series);
  if (points.length < 2) return none;
  const base = points[0]!;
  const latest = points[points.length - 1]!;
  if (base.value === 0 || base.value * latest.value < 0) return none;
  const cagr = (latest.value / base.value) ** (1 / (latest.year - base.year)) - 1;
  if (!Number.isFinite(cagr)) return none;
  if (target === undefined) {
    const g = direction * cagr;
    const score = g >= 0.02 ? 3 : g >= 0.005 ? 2 : 1;
    return {
      status: score === 3 ? 'onTrack' : score === 2 ? 'moderate' : g < 0 ? 'deteriorating' : 'limited',
      score,
      cagr,
    };
  }
  const nearBound = (target === 0 || target === 100) && Math.abs(latest.value - target) <= 1;
  if (direction * (latest.value - target) >= 0 || nearBound)
    return { status: 'achieved', score: 3, cagr, projected: null, ratio: null };
  const projected = latest.value * (1 + cagr) ** (targetYear - latest.year);
  const ratio = target === base.value ? null : (projected - base.value) / (target - base.value);
  if (ratio === null) return { status: 'deteriorating', score: 1, cagr, projected, ratio };
  const score = ratio >= 0.95 ? 3 : ratio >= 0.1 ? 2 : 1;
  return {
    status: score === 3 ? 'onTrack' : score === 2 ? 'moderate' : ratio < 0 ? 'deteriorating' : 'limited',
    score,
    cagr,
    projected,
    ratio,
  };
}
