import type { Indicator } from '../model/indicator.schema.js';
import { dayNumber } from '../observation/dayNumber.js';
import { plannedPath } from './plannedPath.js';

/**
 * The planned value of an indicator on a date: from its baseline through its milestones to its
 * target, each placed on the last day of its period, interpolated by calendar days — linearly, or
 * at a constant growth rate when the indicator's `trajectory` is `compound` (and both ends are
 * non-zero with the same sign). Before the baseline it is the baseline; after the target, the
 * target. Yes/no indicators switch to the target on the target's date. An indicator without a
 * baseline or without a target (scored relative to the other units, or against its target alone)
 * has no plan to run along: `null`, never a line drawn from one end only. For many dates of one
 * indicator, ask {@link plannedPath} once and call what it returns: the same rule, read once.
 *
 * @category Progress
 * @param indicator - The indicator.
 * @param date - `YYYY-MM-DD`.
 * @returns The planned value, or `null` for an invalid date or an indicator without a baseline or target.
 * @example
 * expectedAt(pm25, '2023-12-31') //=> 36 (baseline 42 in 2020, target 30 in 2026, linear)
 * expectedAt({ ...pm25, baseline: undefined }, '2023-12-31') //=> null
 */
export function expectedAt(indicator: Indicator, date: string): number | boolean | null {
  return plannedPath(indicator)(dayNumber(date));
}
