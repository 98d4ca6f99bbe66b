import { meetsTarget, type Comparator } from '../assess/meetsTarget.js';

/**
 * Options of {@link scoreAllOrNothing}.
 *
 * @category Scoring
 * @example
 * const options: ScoreAllOrNothingOptions = { target: 31, comparator: '<=', full: 4 }; // a district's own PM2.5 target
 * scoreAllOrNothing(30.6, options) //=> 4
 */
export interface ScoreAllOrNothingOptions {
  /** The target the unit faces (its own, `targetFor`). */
  target: number | boolean;
  /** How the value is compared with it (`meetsTarget`). */
  comparator: Comparator;
  /** The points for meeting it. */
  full: number;
}

/**
 * All or nothing (完成得满分，未完成不得分): the full points when the value meets the unit's target
 * by the indicator's comparator (`meetsTarget`, the same test that decides `achieved`), none
 * otherwise. Written for targets assigned to each unit (目标分解, `unitTargets`), where a scheme
 * gives an item's points to the units that met their own target.
 *
 * @category Scoring
 * @param x - The value; `null` gives `null` (no data).
 * @param options - **target**, **comparator**, **full**.
 * @returns `full` or 0, or `null`.
 * @example
 * scoreAllOrNothing(5.1, { target: 5, comparator: '>=', full: 3 }) //=> 3
 * scoreAllOrNothing(4.9, { target: 5, comparator: '>=', full: 3 }) //=> 0
 */
export function scoreAllOrNothing(
  x: number | boolean | null | undefined,
  { target, comparator, full }: ScoreAllOrNothingOptions,
): number | null {
  if (x == null || (typeof x === 'number' && !Number.isFinite(x))) return null;
  return meetsTarget(x, target, comparator) ? full : 0;
}
