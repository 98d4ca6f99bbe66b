import { beforeAll, describe, expect, it } from 'vitest';
import {
  assess,
  comparePeriods,
  expectedAt,
  indicatorResults,
  parseBundle,
  periodInterval,
  planFor,
  progressUnsd,
  type Bundle,
  type Observation,
} from '@eco-reform/core';
import { loadEngine } from '../../internal/load-engine.js';
import { progressSeries, type ProgressSeries } from './progress-chart.series.js';
import { sortPeriods } from './progress-chart.periods.js';

let meixi: Bundle;
beforeAll(async () => {
  // The chart's statuses come from the engine, which the element's data controller fetches before
  // it reads a bundle; these tests call the series directly, so they fetch it first.
  await loadEngine();
  const parsed = parseBundle(await (await fetch('/examples/meixi/bundle.json')).json());
  if (!parsed.ok) throw new Error('the example bundle must parse');
  meixi = parsed.value;
});

const fixed = () => 'limited' as const;
function series(bundle: Bundle, indicator: string, unit: string, status?: () => 'limited'): ProgressSeries {
  const r = progressSeries(bundle, status ? { indicator, unit, status } : { indicator, unit });
  if (!r.ok) throw new Error(`no series for ${indicator} / ${unit}`);
  return r.value;
}
const withObservations = (observations: Observation[]): Bundle => ({ ...meixi, observations });

describe('progressSeries', () => {
  it('reads one indicator for one unit in period order, with the plan for each period', () => {
    const shuffled = withObservations([...meixi.observations].reverse());
    const s = series(shuffled, 'pm25', 'gangkou', fixed);
    expect(s.points.map((p) => p.period)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(s.points.map((p) => p.value)).toEqual([44.5, 43.6, 42.8, 42.8, 42.8, 42.8]);
    // The core's expectedAt interpolates by calendar days, so 2021's plan is 40.0014 (a leap year in between).
    expect(s.points.map((p) => Math.round(p.planned! * 100) / 100)).toEqual([42, 40, 38, 36, 34, 32]);
    expect(s.points[4]!.note).toBe('港区扩建影响 / port expansion');
    expect(s).toMatchObject({
      kind: 'number',
      direction: -1,
      digits: 1,
      unitName: { zh: '港口区', en: 'Gangkou District' },
    });
    expect(s.plan.map((k) => [k.period, k.value])).toEqual([
      ['2020', 42],
      ['2024', 34],
      ['2025', 32],
      ['2026', 30],
    ]);
    expect(s.target).toMatchObject({ period: '2026', value: 30, comparator: '<=' });
  });

  it('takes the status from the core’s assess, so it matches the scorecard', () => {
    const s = series(meixi, 'pm25', 'gangkou');
    const expected = indicatorResults(assess(meixi.framework, meixi.observations, { period: '2025' }), 'gangkou').find(
      (r) => r.indicator === 'pm25',
    )!.status;
    expect(s.status).toBe(expected);
    expect(s.status).toBe('deteriorating');
  });

  it('describes the trend and projects the growth rate so far to the target year, as the core’s progressUnsd does', () => {
    const s = series(meixi, 'pm25', 'gangkou', fixed);
    expect(s.trend).toEqual({ trend: 'flat', run: 3, from: '2022', to: '2025' });
    expect(s.projection!.from).toMatchObject({ period: '2025', value: 42.8 });
    expect(s.projection!.to.period).toBe('2026');
    // 44.5 (2020) → 42.8 (2025): (42.8 / 44.5)^(1/5) − 1 = −0.00776 a year; 42.8 × (1 − 0.00776) = 42.4679 in 2026.
    expect(s.projection!.growthRate).toBeCloseTo(-0.00776, 7);
    expect(s.projection!.to.value).toBeCloseTo(42.4679, 4);
    expect(s.projection!.to.value).toBe(
      progressUnsd(
        s.points.map((p) => ({ year: Number(p.period), value: p.value })),
        { direction: -1, target: 30, targetYear: 2026 },
      ).projected,
    );
    expect(s.projection!.meets).toBe(false);
    const xihu = series(meixi, 'pm25', 'xihu', fixed);
    expect(xihu.trend).toEqual({ trend: 'improving', run: 5, from: '2020', to: '2025' });
    expect(xihu.projection!.meets).toBe(true);
  });

  it('projects nothing for a series that is not annual, as the UNSD method is annual', () => {
    const quarterly = withObservations(
      meixi.observations
        .filter((o) => o.indicator === 'pm25' && o.unit === 'gangkou')
        .map((o) => ({ ...o, period: `${o.period}-Q4` })),
    );
    const s = series(quarterly, 'pm25', 'gangkou', fixed);
    expect(s.points.length).toBeGreaterThan(1);
    expect(s.projection).toBeNull();
  });

  it('holds a unit to its class target, without the general milestones', () => {
    const nanshan = series(meixi, 'forest-coverage', 'nanshan', fixed);
    expect(nanshan.target.value).toBe(68);
    expect(nanshan.milestones).toEqual([]);
    expect(series(meixi, 'forest-coverage', 'qingxi', fixed).target.value).toBe(45);
  });

  it('keeps the highest revision of a period', () => {
    const revised = withObservations([
      ...meixi.observations,
      { indicator: 'pm25', unit: 'gangkou', period: '2025', value: 40.1, revision: 2 },
    ]);
    expect(series(revised, 'pm25', 'gangkou', fixed).latest).toMatchObject({ period: '2025', value: 40.1 });
  });

  it('turns a missing period into a break, for quarters too', () => {
    const quarters = withObservations([
      { indicator: 'pm25', unit: 'xihu', period: '2024-Q4', value: 31 },
      { indicator: 'pm25', unit: 'xihu', period: '2024-Q1', value: 35 },
      { indicator: 'pm25', unit: 'xihu', period: '2024-Q2', value: null, note: 'station offline' },
      { indicator: 'pm25', unit: 'xihu', period: '2025-Q1', value: 30.5 },
    ]);
    const s = series(quarters, 'pm25', 'xihu', fixed);
    expect(s.points.map((p) => [p.period, p.value])).toEqual([
      ['2024-Q1', 35],
      ['2024-Q2', null],
      ['2024-Q3', null],
      ['2024-Q4', 31],
      ['2025-Q1', 30.5],
    ]);
    expect(s.points[1]!.note).toBe('station offline');
    expect(s.latest!.period).toBe('2025-Q1');
  });

  it('draws yes/no indicators as 1 and 0 with no projection', () => {
    const s = series(meixi, 'backup-water', 'gangkou', fixed);
    expect(s.kind).toBe('boolean');
    expect(new Set(s.points.map((p) => p.value))).toEqual(new Set([0]));
    expect(s.plan.map((k) => k.value)).toEqual([0, 1]);
    expect(s.projection).toBeNull();
  });

  it('shows the plan and target when a unit has no values yet', () => {
    const s = series(withObservations([]), 'pm25', 'xihu');
    expect(s.points).toEqual([]);
    expect(s.latest).toBeNull();
    expect(s.status).toBe('noData');
    expect(s.trend.trend).toBe('none');
    expect(s.plan).toHaveLength(4);
  });

  it('says which id the bundle lacks', () => {
    expect(progressSeries(meixi, { indicator: 'pm10', unit: 'xihu' })).toEqual({
      ok: false,
      missing: 'indicator',
      id: 'pm10',
    });
    expect(progressSeries(meixi, { indicator: 'pm25', unit: 'atlantis' })).toEqual({
      ok: false,
      missing: 'unit',
      id: 'atlantis',
    });
  });

  it('does not mutate the bundle', () => {
    const before = structuredClone(meixi);
    series(meixi, 'forest-coverage', 'nanshan');
    expect(meixi).toEqual(before);
  });

  it('plans each period with the core’s expectedAt on the unit’s plan, the value the assessment stores for the cell', () => {
    const a = assess(meixi.framework, meixi.observations, { period: '2025' });
    const m = a.indicators.length;
    for (const unit of meixi.framework.units.filter((u) => a.units.some((x) => x.id === u.id))) {
      for (const indicator of meixi.framework.indicators) {
        const s = series(meixi, indicator.id, unit.id, fixed);
        for (const p of s.points) {
          const planned = expectedAt(planFor(indicator, unit), periodInterval(p.period)!.end);
          expect(p.planned).toBe(typeof planned === 'boolean' ? (planned ? 1 : 0) : planned);
        }
        const stored =
          a.cells.planned[
            a.units.findIndex((x) => x.id === unit.id) * m + a.indicators.findIndex((x) => x.id === indicator.id)
          ];
        const p2025 = s.points.find((p) => p.period === '2025');
        if (p2025 && typeof stored === 'number') expect(p2025.planned).toBe(stored);
      }
    }
  });

  it('never badges a latest value on track or achieved while it lies behind the plan line it is drawn against', () => {
    for (const unit of meixi.framework.units) {
      for (const indicator of meixi.framework.indicators.filter(
        (i) => i.polarity === 'higher' || i.polarity === 'lower',
      )) {
        const r = progressSeries(meixi, { indicator: indicator.id, unit: unit.id });
        if (!r.ok || r.value.kind !== 'number' || !r.value.latest || r.value.latest.planned === null) continue;
        const { status, direction, latest } = r.value;
        if (status === 'onTrack' || status === 'achieved')
          expect(direction * (latest.value! - latest.planned!)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('sorts periods exactly as the core’s comparePeriods does, whatever their kinds', () => {
    const periods = [
      '2025',
      '2024-Q4',
      '2024',
      '2024-12-31',
      '2024-12',
      '2025-01-01',
      'not-a-period',
      '2023-02-29',
      '2024-02-29',
      '2024-H2',
      '2024-Q1',
      '2024-01',
      '1999',
    ];
    for (let k = 0; k < 20; k++) {
      const shuffled = [...periods].sort((a, b) => ((a.length * 31 + k) % 7) - ((b.length * 17 + k) % 5));
      expect(sortPeriods(shuffled)).toEqual([...shuffled].sort(comparePeriods));
    }
  });
});
