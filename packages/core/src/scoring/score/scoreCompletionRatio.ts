/**
 * Options of {@link scoreCompletionRatio}.
 *
 * @category Scoring
 * @example
 * const options: ScoreCompletionRatioOptions = { target: 40, direction: 1, max: 1 };
 * scoreCompletionRatio(30, options) //=> 0.75
 */
export interface ScoreCompletionRatioOptions {
  /** The target the unit faces (its own, `targetFor`); must be above 0. */
  target: number;
  /** *1*: the ratio is value ÷ target; *-1* (lower is better): target ÷ value. */
  direction: 1 | -1;
  /** The highest ratio credited, e.g. *1* (no credit beyond the target) or *1.2*. */
  max: number;
}

/**
 * Completion ratio (按完成比例计分): how much of its target a unit achieved, value ÷ target (or target ÷
 * value when lower is better), credited from 0 up to a declared maximum (`max`, e.g. 1: 完成目标得满分，
 * 超额不加分). A target at or below 0 has no ratio: `null` (unscorable). A lower-is-better value at or
 * below 0 has met any positive target: `max`. Multiply by the item's points for its score.
 *
 * @category Scoring
 * @param x - The value; `null` gives `null`.
 * @param options - **target**, **direction**, **max**.
 * @returns The credited ratio in [0, max], or `null`.
 * @example
 * scoreCompletionRatio(30, { target: 40, direction: 1, max: 1 }) //=> 0.75
 * scoreCompletionRatio(50, { target: 40, direction: 1, max: 1.2 }) //=> 1.2
 * scoreCompletionRatio(40, { target: 32, direction: -1, max: 1 }) //=> 0.8
 */
export function scoreCompletionRatio(
  x: number | null | undefined,
  { target, direction, max }: ScoreCompletionRatioOptions,
): number | null {
  if (x == null || !Number.isFinite(x) || !(target > 0) || !Number.isFinite(target)) return null;
  if (direction === -1 && x <= 0) return max;
  const ratio = direction === 1 ? x / target : target / x;
  return Math.min(max, Math.max(0, ratio));
}
