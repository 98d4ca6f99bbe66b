/**
 * Options of {@link scoreDeduction}.
 *
 * @category Scoring
 * @example
 * const options: ScoreDeductionOptions = { target: 32, full: 3, ratePerUnit: 0.5, direction: -1 }; // Meixi PM2.5, 2025
 * scoreDeduction(33, options) //=> 2.5
 */
export interface ScoreDeductionOptions {
  /** The target value. */
  target: number;
  /** Full points, earned on or beyond the target. */
  full: number;
  /** Points lost per unit of gap. */
  ratePerUnit: number;
  /** *1*: falling short below the target loses points; *-1*: exceeding it does (e.g. PM10). */
  direction: 1 | -1;
}

/**
 * Deduction per unit of gap (按差距扣分，扣完为止), as Chinese target-responsibility schemes score:
 * `full − ratePerUnit × gap`, where the gap is how far the value falls short of the target in the
 * bad direction; never below 0 and never above `full`. The result is the exact float; the scheme's
 * rounding applies to totals. Source: provincial air-quality assessment rules (see research T30–T35).
 * A gap beyond ±1.8e308 (a value and target at opposite ends of the doubles) is measured in halves:
 * the result is always finite, and a rate of 0 loses nothing.
 *
 * @category Scoring
 * @param x - The value; `null` gives `null`.
 * @param options - **target**, **full**, **ratePerUnit**, **direction**.
 * @returns The points kept.
 * @example
 * scoreDeduction(74.6, { target: 70, full: 3, ratePerUnit: 0.5, direction: -1 }) //=> 0.7000000000000028
 * scoreDeduction(77.5, { target: 80, full: 1, ratePerUnit: 0.25, direction: 1 }) //=> 0.375
 */
export function scoreDeduction(
  x: number | null | undefined,
  { target, full, ratePerUnit, direction }: ScoreDeductionOptions,
): number | null {
  if (x == null || !Number.isFinite(x)) return null;
  const gap = Math.max(0, direction === 1 ? target - x : x - target);
  let loss = ratePerUnit * gap;
  // A gap beyond the doubles (value and target near ±1.8e308 apart): the loss from half the gap,
  // doubled (exact), so a small rate still loses a finite number of points and a zero rate none.
  if (gap > Number.MAX_VALUE)
    loss = ratePerUnit * Math.max(0, direction === 1 ? target / 2 - x / 2 : x / 2 - target / 2) * 2;
  return Math.min(full, Math.max(0, full - loss));
}
