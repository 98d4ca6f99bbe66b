import { spanFraction } from '../_lib/spanFraction.js';

/**
 * Options of {@link normalizeDistanceToTarget}.
 *
 * @category Scoring
 * @example
 * const options: NormalizeDistanceToTargetOptions = { baseline: 42, target: 30 }; // Meixi PM2.5, 2020 → 2026
 * normalizeDistanceToTarget(36, options) //=> 0.5
 */
export interface NormalizeDistanceToTargetOptions {
  /** The starting value (progress 0). */
  baseline: number;
  /** The target value (progress 1). Below the baseline means lower is better. */
  target: number;
  /** Cap progress at 1 (target met or beaten); default *true*. */
  cap?: boolean;
}

/**
 * Distance to target: `(x − baseline) / (target − baseline)`, the share of the planned change
 * achieved; the direction follows from baseline and target. Values worse than the baseline give
 * negative progress (not clamped: callers decide). When the target equals the baseline there is
 * no planned change and progress is undefined: a value equal to it gives 1 and any other value
 * `null`, rather than a guessed direction. Numeric edges: a baseline, target or value near
 * ±1.8e308 is placed by the same arithmetic on halves (exact); progress beyond ±1.8e308 (a value
 * far from a target very close to its baseline) cannot be represented: `null`, or 1 when capped.
 * Sources: COINr `n_dist2targ`; China's five-year target assessment (目标考核) progress ratio.
 *
 * @category Scoring
 * @param x - The observed value; `null` gives `null`.
 * @param options - **baseline**, **target**, **cap**.
 * @returns Progress, 1 meaning the target is reached; `null` when it cannot be computed or represented.
 * @example
 * normalizeDistanceToTarget(5, { baseline: 0, target: 10 }) //=> 0.5
 * normalizeDistanceToTarget(11, { baseline: 0, target: 10, cap: false }) //=> 1.1
 * normalizeDistanceToTarget(32, { baseline: 38, target: 30 }) //=> 0.75
 */
export function normalizeDistanceToTarget(
  x: number | null | undefined,
  { baseline, target, cap = true }: NormalizeDistanceToTargetOptions,
): number | null {
  if (x == null || !Number.isFinite(x) || !Number.isFinite(baseline) || !Number.isFinite(target)) return null;
  if (target === baseline) return x === target ? 1 : null;
  const progress = spanFraction(x, baseline, target);
  const y = cap && progress > 1 ? 1 : progress;
  return Math.abs(y) <= Number.MAX_VALUE ? y : null;
}
