import { afterEach, describe, expect, it } from 'vitest';
import { differenceInCalendarDays, endOfMonth, endOfQuarter, endOfYear } from 'date-fns';
import { periodDays } from './periodDays.js';

const original = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = original;
});

// The reference: date-fns' period ends on local dates, counted in calendar days from 1970-01-01
// (local midnight, so built after the time zone is set).
const day = (d: Date): number => differenceInCalendarDays(d, new Date(1970, 0, 1));

describe('periodDays', () => {
  it('spans each year, quarter and month from 1970 to 2100 as date-fns does, in any time zone', () => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles']) {
      process.env['TZ'] = tz;
      for (let y = 1970; y <= 2100; y++) {
        const year = new Date(y, 0, 1);
        expect(periodDays(String(y))).toEqual({ start: day(year), end: day(endOfYear(year)) });
        for (let q = 1; q <= 4; q++) {
          const first = new Date(y, 3 * q - 3, 1);
          const got = periodDays(`${y}-Q${q}`);
          if (got?.start !== day(first) || got.end !== day(endOfQuarter(first))) throw new Error(`${tz} ${y}-Q${q}`);
        }
        for (let m = 1; m <= 12; m++) {
          const first = new Date(y, m - 1, 1);
          const got = periodDays(`${y}-${String(m).padStart(2, '0')}`);
          if (got?.start !== day(first) || got.end !== day(endOfMonth(first))) throw new Error(`${tz} ${y}-${m}`);
        }
      }
    }
  });

  it('counts days before 1970 exactly, where local-time references drift (Shanghai kept +8:05:43 until 1901)', () => {
    process.env['TZ'] = 'Asia/Shanghai';
    // 1900-01-01 is 70 years of 365 days and 17 leap days (1904 … 1968) before 1970: 25,567 days.
    expect(periodDays('1900')).toEqual({ start: -25_567, end: -25_567 + 364 });
    expect(periodDays('1600-Q1')).toEqual({ start: -135_140, end: -135_140 + 90 });
  });

  it('is one day for a date, and nothing for text that is not a period', () => {
    expect(periodDays('1970-01-02')).toEqual({ start: 1, end: 1 });
    expect(periodDays('1970-Q1')).toEqual({ start: 0, end: 89 });
    for (const bad of ['2025-13', '2025-Q5', '2025-02-29', 'nope']) expect(periodDays(bad)).toBeNull();
  });
});
