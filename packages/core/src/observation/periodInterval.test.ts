import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodInterval } from './periodInterval.js';
import { parsePeriod } from './parsePeriod.js';
import { comparePeriods } from './comparePeriods.js';
import { PeriodSchema } from './period.schema.js';

const original = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = original;
});

describe('periods', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2025-07-15', '2025-07-15', '2025-07-15'],
  ])('%s covers %s to %s in every time zone', (period, start, end) => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'UTC', 'Pacific/Kiritimati']) {
      process.env['TZ'] = tz;
      expect(periodInterval(period)).toEqual({ start, end });
    }
  });

  it('rejects what the calendar does not have', () => {
    for (const bad of ['2025-13', '2025-Q5', '2025-02-29', '2025-00', '25', '2025-7', '2025-Q3 ']) {
      expect(parsePeriod(bad)).toBeNull();
      expect(PeriodSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('follows the Gregorian leap-year rule for 29 February, in every century and in years 0000–0099', () => {
    for (const good of ['2024-02-29', '2000-02-29', '1600-02-29', '0000-02-29', '0004-02-29'])
      expect(parsePeriod(good)).not.toBeNull();
    for (const bad of [
      '2025-02-29',
      '1900-02-29',
      '2100-02-29',
      '0100-02-29',
      '0001-02-29',
      '2024-02-30',
      '2025-04-31',
    ])
      expect(parsePeriod(bad)).toBeNull();
    expect(parsePeriod('2025-12-31')).toEqual({ kind: 'date', year: 2025, month: 12, day: 31 });
  });

  it('reads any text as the period pattern and the calendar say (years and dates take a faster path)', () => {
    // The reference: the pattern alone, with the calendar checked through Date.UTC (valid for years 100 and later).
    const reference = (text: string): unknown => {
      const m = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/.exec(text);
      if (!m) return null;
      const year = Number(m[1]);
      if (m[2]) return { kind: 'quarter', year, quarter: Number(m[2]) };
      if (!m[3]) return { kind: 'year', year };
      const month = Number(m[3]);
      if (month < 1 || month > 12) return null;
      if (!m[4]) return { kind: 'month', year, month };
      const day = Number(m[4]);
      const probe = new Date(Date.UTC(year, month - 1, day));
      return day >= 1 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
        ? { kind: 'date', year, month, day }
        : null;
    };
    const char = fc.constantFrom(...'0123456789-Q /'.split(''), '１');
    const text = fc.oneof(
      fc.string({ unit: char, maxLength: 11 }),
      fc
        .tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(text, (t) => {
        if (/^0/.test(t)) return; // years below 100 are outside the reference's Date.UTC
        expect(parsePeriod(t)).toEqual(reference(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders periods by their first day, then their last', () => {
    expect(['2025', '2024-Q4', '2024', '2024-12', '2025-01-01'].sort(comparePeriods)).toEqual([
      '2024',
      '2024-Q4',
      '2024-12',
      '2025-01-01',
      '2025',
    ]);
  });
});
