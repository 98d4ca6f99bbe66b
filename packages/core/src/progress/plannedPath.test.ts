import { afterEach, describe, expect, it } from 'vitest';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { dayNumber } from '../observation/dayNumber.js';
import type { Indicator } from '../model/indicator.schema.js';
import { expectedAt } from './expectedAt.js';
import { plannedPath } from './plannedPath.js';

const pm25: Indicator = {
  id: 'pm25',
  title: { zh: 'PM2.5' },
  area: 'env',
  unitOfMeasure: { en: 'µg/m³' },
  polarity: 'lower',
  attribute: 'binding',
  baseline: { value: 42, period: '2020' },
  milestones: [{ period: '2023-Q2', value: 37 }],
  target: { value: 30, period: '2026', comparator: '<=' },
  scoring: { method: 'distanceToTarget' },
};

const original = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = original;
});

describe('plannedPath', () => {
  it('counts the same calendar days as date-fns on every day from 2019 to 2027, in any time zone', () => {
    // The reference: the knots' dates and date-fns' differenceInCalendarDays on local dates.
    const knots: Array<[string, number]> = [
      ['2020-12-31', 42],
      ['2023-06-30', 37],
      ['2026-12-31', 30],
    ];
    const reference = (date: string): number => {
      if (date <= knots[0]![0]) return knots[0]![1];
      const k = knots.findIndex(([d]) => date <= d);
      if (k < 0) return knots[knots.length - 1]![1];
      const [[da, va], [db, vb]] = [knots[k - 1]!, knots[k]!];
      const f =
        differenceInCalendarDays(parseISO(date), parseISO(da)) / differenceInCalendarDays(parseISO(db), parseISO(da));
      return va + (vb - va) * f;
    };
    const plan = plannedPath(pm25);
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles']) {
      process.env['TZ'] = tz;
      for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        if (plan(dayNumber(date)) !== reference(date)) throw new Error(`${tz} ${date}`);
      }
    }
  });

  it('interpolates by calendar days between knots on the last day of their period (worked by hand)', () => {
    const plan = plannedPath(pm25);
    // 2020-12-31 (42) to 2023-06-30 (37): 911 days; 2022-01-01 is 366 days in → 42 − 5 × 366 / 911.
    expect(plan(dayNumber('2022-01-01'))).toBeCloseTo(42 - (5 * 366) / 911, 12);
    expect(plan(dayNumber('2020-06-30'))).toBe(42);
    expect(plan(dayNumber('2023-06-30'))).toBe(37);
    expect(plan(dayNumber('2030-01-01'))).toBe(30);
  });

  it('plans nothing without a baseline or a target, and nothing on a day that is not one', () => {
    expect(plannedPath({ ...pm25, baseline: undefined })(dayNumber('2023-01-01'))).toBeNull();
    expect(plannedPath({ ...pm25, target: undefined })(dayNumber('2023-01-01'))).toBeNull();
    expect(plannedPath(pm25)(Number.NaN)).toBeNull();
    expect(expectedAt(pm25, '2023-02-30')).toBeNull();
  });
});
