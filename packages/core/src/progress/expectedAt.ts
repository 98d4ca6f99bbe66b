import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Indicator } from '../model/indicator.schema.js';
import { periodInterval } from '../observation/periodInterval.js';

const knot = (period: string, value: number | boolean): { date: string; value: number | boolean } | null => {
  const interval = periodInterval(period);
  return interval ? { date: interval.end, value } : null;
};

/**
 * The planned value of an indicator on a date: from its baseline through its milestones to its
 * target, each placed on the last day of its period, interpolated by calendar days — linearly, or
 * at a constant growth rate when the indicator's `trajectory` is `compound` (and both ends are
 * non-zero with the same sign). Before the baseline it is the baseline; after the target, the
 * target. Yes/no indicators switch to the target on the target's date. An indicator without a
 * baseline or without a target (scored relative to the other units, or against its target alone)
 * has no plan to run along: `null`, never a line drawn from one end only.
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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parseISO(date).getTime())) return null;
  const { baseline, target } = indicator;
  if (baseline === undefined || target === undefined) return null;
  const knots = [
    knot(baseline.period, baseline.value),
    ...(indicator.milestones ?? []).map((m) => knot(m.period, m.value)),
    knot(target.period, target.value),
  ]
    .filter((k): k is { date: string; value: number | boolean } => k !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (knots.length === 0) return null;
  if (date <= knots[0]!.date) return knots[0]!.value;
  for (let k = 1; k < knots.length; k++) {
    const a = knots[k - 1]!;
    const b = knots[k]!;
    if (date > b.date) continue;
    if (typeof a.value === 'boolean' || typeof b.value === 'boolean') return date >= b.date ? b.value : a.value;
    const f =
      differenceInCalendarDays(parseISO(date), parseISO(a.date)) /
      Math.max(1, differenceInCalendarDays(parseISO(b.date), parseISO(a.date)));
    const compound = indicator.trajectory === 'compound' && a.value !== 0 && a.value * b.value > 0;
    if (compound) return a.value * (b.value / a.value) ** f;
    const span = b.value - a.value;
    if (Math.abs(span) <= Number.MAX_VALUE) return a.value + span * f;
    // Knots more than a double apart (e.g. −1e308 to 1e308): half the span twice, which no double overflows.
    const half = (b.value / 2 - a.value / 2) * f;
    return a.value + half + half;
  }
  return knots[knots.length - 1]!.value;
}
