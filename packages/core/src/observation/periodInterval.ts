import { lightFormat } from 'date-fns';
import { periodDays } from './periodDays.js';

/**
 * First and last calendar day of a period, as `YYYY-MM-DD`.
 *
 * @category Model
 * @example
 * periodInterval('2025-Q4') //=> { start: '2025-10-01', end: '2025-12-31' }
 */
export interface PeriodInterval {
  start: string;
  end: string;
}

/**
 * The calendar days a period covers, both ends included, as dates: `periodDays` written out.
 * Each day is formatted by date-fns from its calendar fields, never through UTC strings, so the
 * answer is the same in every time zone.
 *
 * @category Model
 * @param period - A period string.
 * @returns The interval, or `null` when `period` is not a period.
 * @example
 * periodInterval('2024-Q1') //=> { start: '2024-01-01', end: '2024-03-31' }
 * periodInterval('2024-02') //=> { start: '2024-02-01', end: '2024-02-29' }
 */
export function periodInterval(period: string): PeriodInterval | null {
  const days = periodDays(period);
  return days ? { start: dateOf(days.start), end: dateOf(days.end) } : null;
}

/** A day number as `YYYY-MM-DD`: the calendar day in local time, written by date-fns (no locale data). */
function dateOf(day: number): string {
  const utc = new Date(day * 86_400_000);
  const local = new Date(0);
  // setFullYear, not the Date constructor, which reads years 0–99 as 1900–1999.
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  local.setHours(0, 0, 0, 0);
  return lightFormat(local, 'yyyy-MM-dd');
}
