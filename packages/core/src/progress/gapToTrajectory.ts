import type { Indicator } from '../model/indicator.schema.js';
import { expectedAt } from './expectedAt.js';

/**
 * How far a value is from its planned trajectory on a date, signed so that positive means ahead
 * of plan (the indicator's polarity decides which way is ahead).
 *
 * @category Progress
 * @param indicator - The indicator.
 * @param value - The observed value.
 * @param date - `YYYY-MM-DD`.
 * @returns `{ expected, gap }`, `gap` `null` for missing or yes/no values.
 * @example
 * gapToTrajectory(pm25, 34, '2023-12-31') //=> { expected: 36, gap: 2 }
 */
export function gapToTrajectory(
  indicator: Indicator,
  value: number | null,
  date: string,
): { expected: number | boolean | null; gap: number | null } {
  const expected = expectedAt(indicator, date);
  if (value === null || typeof expected !== 'number') return { expected, gap: null };
  return { expected, gap: (indicator.polarity === 'lower' ? -1 : 1) * (value - expected) };
}
