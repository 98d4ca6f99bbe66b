/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar, in UTC so that it is the same
 * number in every time zone. A month past 12 (or a day past the month's end) rolls over into the
 * next, as `Date` does: `civilDay(2025, 13, 1)` is 2026-01-01.
 *
 * @category Model
 * @param year - The year (any, including 0–99, which `Date.UTC` would read as 1900–1999).
 * @param month - The month, 1 = January.
 * @param day - The day of the month.
 * @returns Whole days since the epoch.
 * @example
 * civilDay(1970, 1, 2) //=> 1
 * civilDay(2025, 13, 1) - civilDay(2025, 12, 31) //=> 1
 */
export function civilDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

/**
 * The day number of a `YYYY-MM-DD` date ({@link civilDay}): what a planned trajectory and a time
 * axis count in, so that the calendar days between two dates are a subtraction.
 *
 * @category Model
 * @param date - `YYYY-MM-DD`.
 * @returns Whole days since 1970-01-01, or `NaN` for text that is not a real date (2025-02-29).
 * @example
 * dayNumber('1970-01-02') //=> 1
 * dayNumber('2025-02-29') //=> NaN
 */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return Number.NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const first = civilDay(year, month, 1);
  // The days of the month are what lie between its first day and the next month's.
  if (month < 1 || month > 12 || day < 1 || day > civilDay(year, month + 1, 1) - first) return Number.NaN;
  return first + day - 1;
}
