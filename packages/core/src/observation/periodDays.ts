import { civilDay } from './dayNumber.js';
import { parsePeriod } from './parsePeriod.js';

/**
 * First and last day of a period as day numbers (days since 1970-01-01, see `dayNumber`).
 *
 * @category Model
 * @example
 * periodDays('1970') //=> { start: 0, end: 364 }
 */
export interface PeriodDays {
  start: number;
  end: number;
}

/**
 * The calendar days a period covers, both ends included, as day numbers: the one definition of a
 * period's span. `periodInterval` writes it as dates; ordering (`comparePeriods`), the planned
 * trajectory and a chart's time axis read the numbers, which cost no date formatting, so a daily
 * series of 10,000 values is placed and sorted without building a date string per comparison.
 *
 * @category Model
 * @param period - A period string.
 * @returns The span, or `null` when `period` is not a period.
 * @example
 * periodDays('1970-Q1') //=> { start: 0, end: 89 }
 * periodDays('2025-13') //=> null
 */
export function periodDays(period: string): PeriodDays | null {
  const p = parsePeriod(period);
  if (!p) return null;
  // A month's span ends the day before the next month begins (civilDay rolls month 13 over).
  const months = (first: number, count: number): PeriodDays => ({
    start: civilDay(p.year, first, 1),
    end: civilDay(p.year, first + count, 1) - 1,
  });
  switch (p.kind) {
    case 'year':
      return months(1, 12);
    case 'quarter':
      return months(3 * p.quarter! - 2, 3);
    case 'month':
      return months(p.month!, 1);
    case 'date': {
      const t = civilDay(p.year, p.month!, p.day!);
      return { start: t, end: t };
    }
  }
}
