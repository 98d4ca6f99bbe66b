import { periodDays } from './periodDays.js';

/**
 * Orders periods by their first day, then by their last day (so `2025` comes before `2025-Q1`'s
 * end but after `2024-12`). Strings that are not periods sort last, by text.
 *
 * @category Model
 * @param a - A period.
 * @param b - Another period.
 * @returns A negative number, zero or a positive number, for `Array.prototype.sort`.
 * @example
 * ['2025', '2024-Q4', '2024'].sort(comparePeriods) //=> ['2024', '2024-Q4', '2025']
 */
export function comparePeriods(a: string, b: string): number {
  const x = periodDays(a);
  const y = periodDays(b);
  if (!x || !y) return x ? -1 : y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  return x.start - y.start || x.end - y.end;
}
