import type { Indicator } from '../model/indicator.schema.js';
import { dayNumber } from '../observation/dayNumber.js';
import { periodInterval } from '../observation/periodInterval.js';

/**
 * The planned value on a day (a `dayNumber`: days since 1970-01-01), or `null` for `NaN`.
 *
 * @example
 * const plan: PlannedPath = plannedPath(pm25);
 * plan(dayNumber('2026-12-31')) //=> 30
 */
export type PlannedPath = (day: number) => number | boolean | null;

interface Knot {
  day: number;
  value: number | boolean;
}

const knot = (period: string, value: number | boolean): Knot | null => {
  const interval = periodInterval(period);
  return interval ? { day: dayNumber(interval.end), value } : null;
};

const NO_PLAN: PlannedPath = () => null;

/**
 * An indicator's planned trajectory as a function of the day: the knots (baseline, milestones,
 * target, each on the last day of its period) are placed and sorted once, so a series of many
 * days (a daily chart of 10,000 values) costs a subtraction and a division each instead of
 * re-reading the indicator every time. Days are day numbers (`dayNumber`), so the calendar days
 * between two dates are their difference, the same in every time zone. {@link expectedAt} is this function asked once; both are the same rule:
 * interpolated by calendar days — linearly, or at a constant growth rate when the indicator's
 * `trajectory` is `compound` (and both ends are non-zero with the same sign); before the baseline
 * the baseline, after the target the target; yes/no indicators switch on the target's date. An
 * indicator without a baseline or a target plans nothing: every date gives `null`.
 *
 * @category Progress
 * @param indicator - The indicator (a unit's own plan: see `planFor`).
 * @returns The planned value as a function of a day number.
 * @example
 * const plan = plannedPath(pm25); // baseline 42 in 2020, target 30 in 2026, linear
 * plan(dayNumber('2023-12-31')) //=> 36
 * plan(dayNumber('2019-06-30')) //=> 42
 */
export function plannedPath(indicator: Indicator): PlannedPath {
  const { baseline, target } = indicator;
  if (baseline === undefined || target === undefined) return NO_PLAN;
  const knots = [
    knot(baseline.period, baseline.value),
    ...(indicator.milestones ?? []).map((m) => knot(m.period, m.value)),
    knot(target.period, target.value),
  ]
    .filter((k): k is Knot => k !== null)
    .sort((a, b) => a.day - b.day);
  if (knots.length === 0) return NO_PLAN;
  const first = knots[0]!;
  const last = knots[knots.length - 1]!;
  return (day) => {
    if (Number.isNaN(day)) return null;
    if (day <= first.day) return first.value;
    for (let k = 1; k < knots.length; k++) {
      const a = knots[k - 1]!;
      const b = knots[k]!;
      if (day > b.day) continue;
      if (typeof a.value === 'boolean' || typeof b.value === 'boolean') return day >= b.day ? b.value : a.value;
      const f = (day - a.day) / Math.max(1, b.day - a.day);
      const compound = indicator.trajectory === 'compound' && a.value !== 0 && a.value * b.value > 0;
      if (compound) return a.value * (b.value / a.value) ** f;
      const span = b.value - a.value;
      if (Math.abs(span) <= Number.MAX_VALUE) return a.value + span * f;
      // Knots more than a double apart (e.g. −1e308 to 1e308): half the span twice, which no double overflows.
      const half = (b.value / 2 - a.value / 2) * f;
      return a.value + half + half;
    }
    return last.value;
  };
}
