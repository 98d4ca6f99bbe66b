import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedAt } from './expectedAt.js';
import { gapToTrajectory } from './gapToTrajectory.js';
import { trendRun } from './trendRun.js';
import { progressThresholdRules } from './progressThresholdRules.js';
import { dashboardSdsn, dashboardSdsnIndicator } from './dashboardSdsn.js';
import type { Indicator } from '../model/indicator.schema.js';
import type { ThresholdRule } from './thresholdRule.schema.js';

const pm25: Indicator = {
  id: 'pm25',
  title: { zh: 'PM2.5' },
  area: 'env',
  unitOfMeasure: { en: 'µg/m³' },
  polarity: 'lower',
  attribute: 'binding',
  baseline: { value: 42, period: '2020' },
  target: { value: 30, period: '2026', comparator: '<=' },
  scoring: { method: 'distanceToTarget' },
};
const original = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = original;
});

describe('expectedAt and gapToTrajectory', () => {
  it('interpolates linearly by calendar days from baseline to target, the same in every time zone', () => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles']) {
      process.env['TZ'] = tz;
      expect(expectedAt(pm25, '2020-12-31')).toBe(42);
      expect(expectedAt(pm25, '2026-12-31')).toBe(30);
      expect(expectedAt(pm25, '2023-12-31')).toBeCloseTo(42 - (12 * 1095) / 2191, 9);
    }
  });
  it('passes through milestones and holds before the baseline and after the target', () => {
    const withMilestone: Indicator = { ...pm25, milestones: [{ period: '2022', value: 35 }] };
    expect(expectedAt(withMilestone, '2022-12-31')).toBe(35);
    expect(expectedAt(pm25, '2019-06-01')).toBe(42);
    expect(expectedAt(pm25, '2030-01-01')).toBe(30);
    expect(expectedAt(pm25, 'not a date')).toBeNull();
  });

  it('interpolates between knots more than a double apart without overflowing', () => {
    const wide: Indicator = {
      ...pm25,
      polarity: 'higher',
      baseline: { value: -1e308, period: '2020' },
      target: { value: 1e308, period: '2026', comparator: '>=' },
    };
    expect(expectedAt(wide, '2026-12-31')).toBe(1e308);
    expect(expectedAt(wide, '2020-12-31')).toBe(-1e308);
    // 2023-12-31 is 1,095 of 2,191 days: −1e308 + 2e308 · 1095 / 2191 = −1e308 / 2191, just below 0.
    expect((expectedAt(wide, '2023-12-31') as number) / (-1e308 / 2191)).toBeCloseTo(1, 9);
  });
  it('grows at a constant rate for a compound trajectory', () => {
    const compound: Indicator = {
      ...pm25,
      polarity: 'higher',
      baseline: { value: 100, period: '2020' },
      target: { value: 400, period: '2022', comparator: '>=' },
      trajectory: 'compound',
    };
    expect(expectedAt(compound, '2021-12-31')).toBeCloseTo(200, 0);
  });
  it('signs the gap so that ahead of plan is positive, whatever the polarity', () => {
    expect(gapToTrajectory(pm25, 30, '2023-12-31').gap!).toBeGreaterThan(0);
    expect(gapToTrajectory(pm25, 45, '2023-12-31').gap!).toBeLessThan(0);
    expect(gapToTrajectory(pm25, null, '2023-12-31').gap).toBeNull();
  });
});

describe('trendRun', () => {
  it('counts how long the latest direction has lasted, skipping missing years', () => {
    expect(
      trendRun(
        [
          { year: 2022, value: 40 },
          { year: 2023, value: 38 },
          { year: 2024, value: null },
          { year: 2025, value: 35 },
        ],
        { direction: -1 },
      ),
    ).toEqual({ trend: 'improving', run: 2, from: 2022, to: 2025 });
    expect(
      trendRun(
        [
          { year: 2022, value: 1 },
          { year: 2023, value: 3 },
          { year: 2024, value: 2 },
        ],
        { direction: 1 },
      ),
    ).toMatchObject({ trend: 'worsening', run: 1 });
    expect(trendRun([{ year: 2022, value: 1 }], { direction: 1 }).trend).toBe('none');
  });
  it('does not depend on input order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { maxLength: 8 }), (xs) => {
        const series = xs.map((value, k) => ({ year: 2015 + k, value }));
        expect(trendRun([...series].reverse(), { direction: 1 })).toEqual(trendRun(series, { direction: 1 }));
      }),
    );
  });
});

describe('progressThresholdRules', () => {
  const rules: ThresholdRule[] = [
    { status: 'achieved', comparator: '>=', share: 1 },
    { status: 'onTrack', comparator: '>=', share: 0.9 },
    { status: 'moderate', comparator: '>=', value: 50 },
  ];
  it.each([
    [100, 'achieved', 0],
    [90, 'onTrack', 1],
    [89.9, 'moderate', 2],
    [49, 'limited', null],
  ] as const)('%d → %s (rule %s)', (x, status, rule) => {
    expect(progressThresholdRules(x, rules, { target: 100 })).toEqual({ status, rule });
  });
  it('gives noData for a missing value and skips share rules without a target', () => {
    expect(progressThresholdRules(null, rules).status).toBe('noData');
    expect(progressThresholdRules(95, rules)).toEqual({ status: 'moderate', rule: 2 });
  });
});

describe('dashboardSdsn', () => {
  it('puts a score exactly on the red threshold in orange, not red', () => {
    expect(dashboardSdsnIndicator(40, { green: 80, red: 40 })).toBe('orange');
    expect(dashboardSdsnIndicator(39.99, { green: 80, red: 40 })).toBe('red');
    expect(dashboardSdsnIndicator(60, { green: 80, red: 40 })).toBe('yellow');
  });
  it('keeps red only when both worst indicators are red, and green only when both are green', () => {
    expect(
      dashboardSdsn([
        { score: 10, green: 80, red: 40 },
        { score: 39, green: 80, red: 40 },
      ]),
    ).toBe('red');
    expect(
      dashboardSdsn([
        { score: 0, green: 80, red: 40 },
        { score: 60, green: 80, red: 40 },
      ]),
    ).toBe('orange');
    expect(
      dashboardSdsn([
        { score: 100, green: 80, red: 40 },
        { score: 79, green: 80, red: 40 },
      ]),
    ).toBe('yellow');
    expect(dashboardSdsn([{ score: null, green: 80, red: 40 }])).toBeNull();
  });
});
