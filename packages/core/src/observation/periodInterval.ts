import { endOfMonth, endOfQuarter, endOfYear, lightFormat } from 'date-fns';
import { parsePeriod } from './parsePeriod.js';

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
 * The calendar days a period covers, both ends included. Dates are built from year, month and
 * day in local time and formatted with date-fns, never through UTC strings, so the answer is the
 * same in every time zone.
 *
 * @category Model
 * @param period - A period string.
 * @returns The interval, or `null` when `period` is not a period.
 * @example
 * periodInterval('2024-Q1') //=> { start: '2024-01-01', end: '2024-03-31' }
 * periodInterval('2024-02') //=> { start: '2024-02-01', end: '2024-02-29' }
 */
export function periodInterval(period: string): PeriodInterval | null {
  const p = parsePeriod(period);
  if (!p) return null;
  // lightFormat: no locale data, so the browser bundle stays small.
  const day = (d: Date): string => lightFormat(d, 'yyyy-MM-dd');
  switch (p.kind) {
    case 'year': {
      const start = new Date(p.year, 0, 1);
      return { start: day(start), end: day(endOfYear(start)) };
    }
    case 'quarter': {
      const start = new Date(p.year, (p.quarter! - 1) * 3, 1);
      return { start: day(start), end: day(endOfQuarter(start)) };
    }
    case 'month': {
      const start = new Date(p.year, p.month! - 1, 1);
      return { start: day(start), end: day(endOfMonth(start)) };
    }
    case 'date': {
      const d = day(new Date(p.year, p.month! - 1, p.day!));
      return { start: d, end: d };
    }
  }
}
