import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from '../assess/assess.js';
import { parseFramework } from '../../model/parseFramework.js';
import { meixiFramework } from '../../model/_fixtures/meixi.js';
import type { Framework } from '../../model/framework.schema.js';
import type { Indicator } from '../../model/indicator.schema.js';
import { expectedAt } from '../../progress/expectedAt.js';

// Meixi's PM2.5 (lower is better): baseline 42 in 2020, milestones 34 in 2024 and 32 in 2025,
// target 30 in 2026 (≤). Knots sit on the last day of their period; from 2020-12-31 there are
// 1,461 days to 2024-12-31, 1,826 to 2025-12-31 and 2,191 to 2026-12-31 (2024 is a leap year).
const parsed = parseFramework(meixiFramework());
if (!parsed.ok) throw new Error('the example city must parse');
const meixi: Framework = parsed.value;

/** Meixi with PM2.5 changed by `change`, and the status of `value` for Xihu in `period`. */
function pm25Status(
  value: number,
  change: (pm25: Indicator) => Indicator = (x) => x,
  period = '2025',
  unit = 'dongcheng', // xihu has its own 2025 target (31) in Meixi
): string {
  const framework: Framework = { ...meixi, indicators: meixi.indicators.map((i) => (i.id === 'pm25' ? change(i) : i)) };
  const a = assess(framework, [{ indicator: 'pm25', unit, period, value }], { period, units: [unit] });
  return a.cells.status[a.indicators.findIndex((i) => i.id === 'pm25')]!;
}
const withoutMilestones = (i: Indicator): Indicator => ({ ...i, milestones: [] });

describe('indicator status: judged against the planned value of expectedAt, once', () => {
  it('labels 33 in 2025 against a plan of 32 moderate, not on track (the milestone is not discounted a second time)', () => {
    // Target in 2025: the milestone 32; 33 > 32 does not meet it. Planned on 2025-12-31: the knot, 32.
    // Planned change 42 → 32 = 10 better, actual 42 → 33 = 9 better: 9 / 10 = 0.9, ≥ 0.6 and < 1: moderate.
    // (The old rule took 5/6 of the 2020–2026 years of the milestone's change, 8.33, and read 9 / 8.33 = 1.08 as on track.)
    expect(pm25Status(33)).toBe('moderate');
  });

  it('gives 33 the same status without the milestones, which barely change the plan', () => {
    // Target in 2025: the target 30. Planned on 2025-12-31: 42 − 12 · 1826 / 2191 = 31.99909 (the straight line to 2026).
    // Planned change 10.00091, actual 9: 0.89992: moderate.
    expect(expectedAt(withoutMilestones(meixi.indicators.find((i) => i.id === 'pm25')!), '2025-12-31')).toBeCloseTo(
      31.99909,
      5,
    );
    expect(pm25Status(33, withoutMilestones)).toBe('moderate');
  });

  it('draws the thresholds where the share of the planned change says', () => {
    // Plan 32 on 2025-12-31; change planned from 42: 10.
    expect(pm25Status(32)).toBe('achieved'); // meets the 2025 target (≤ 32)
    expect(pm25Status(32.5)).toBe('moderate'); // 9.5 / 10 = 0.95
    expect(pm25Status(36)).toBe('moderate'); // 6 / 10 = 0.6, the lower edge
    expect(pm25Status(36.1)).toBe('limited'); // 5.9 / 10 = 0.59
    expect(pm25Status(42)).toBe('limited'); // no change: 0
    expect(pm25Status(42.1)).toBe('deteriorating'); // worse than the baseline
  });

  it('is on track ahead of the plan before the target period', () => {
    // 2023: no milestone, target 30; plan between the 2020 baseline and the 2024 milestone 34:
    // 42 − 8 · 1095 / 1461 = 36.0041. 35 → change 7 of 5.9959 planned: 1.17: on track.
    expect(pm25Status(35, undefined, '2023')).toBe('onTrack');
    // 37 → 5 / 5.9959 = 0.83: moderate.
    expect(pm25Status(37, undefined, '2023')).toBe('moderate');
  });

  it('plans a unit with a class target from the baseline to its class target, without the general milestones', () => {
    // Forest coverage (higher is better): baseline 40 in 2020, target 45 in 2026; Nanshan is
    // mountainous, class target 68. Plan on 2025-12-31: 40 + 28 · 1826 / 2191 = 63.33546.
    // 60 → change 20 of 23.33546 planned: 0.857: moderate; 64 → 24 / 23.33546 = 1.028: on track.
    const forest = (value: number): string => {
      const a = assess(meixi, [{ indicator: 'forest-coverage', unit: 'nanshan', period: '2025', value }], {
        period: '2025',
        units: ['nanshan'],
      });
      const i = a.indicators.findIndex((x) => x.id === 'forest-coverage');
      expect(a.cells.target[i]).toBe(68);
      expect(a.cells.planned[i]).toBeCloseTo(63.33546, 5);
      return a.cells.status[i]!;
    };
    expect(forest(60)).toBe('moderate');
    expect(forest(64)).toBe('onTrack');
  });

  it('never calls a value on track or achieved while it is behind the plan the chart draws for it', () => {
    // Whatever the value, period and milestones: on track means at least the planned change, and the
    // target of a period is never ahead of its plan, so "on track" and "behind the plan line" exclude each other.
    const pm25 = meixi.indicators.find((i) => i.id === 'pm25')!;
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 50, noNaN: true }),
        fc.constantFrom('2021', '2022', '2023', '2024', '2025', '2026', '2027'),
        fc.boolean(),
        (value, period, milestones) => {
          const status = pm25Status(value, milestones ? undefined : withoutMilestones, period);
          const planned = expectedAt(milestones ? pm25 : withoutMilestones(pm25), `${period}-12-31`) as number;
          if (status === 'onTrack' || status === 'achieved') expect(value).toBeLessThanOrEqual(planned);
        },
      ),
      { numRuns: 200 },
    );
  });
});
