import { describe, expect, it } from 'vitest';
import '../../shared/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  comparePeriods,
  parseBundle,
  type Bundle,
  assess,
  expectedAt,
  indicatorResults,
  periodInterval,
  planFor,
  progressUnsd,
  type Observation,
} from '@eco-reform/core';
import {
  nearestPoint,
  progressChartLayout,
  progressTooltip,
  progressXDomain,
  progressYDomain,
  textWidth,
  progressSeries,
  type ProgressSeries,
} from './progress-chart.layout.js';
import { dayNumber } from '@eco-reform/core/display';
import { periodEnd, periodSequence, periodsInOrder, sortPeriods } from '../../shared/periods.js';
import { formatPeriod, formatValue, describePoint, progressSummary } from './progress-chart.text.js';
import { progressTableRows } from './progress-chart.table.js';

const parsed = parseBundle(
  JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../../../examples/meixi/bundle.json', import.meta.url)), 'utf8'),
  ),
);
if (!parsed.ok) throw new Error('the example bundle must parse');
const meixi: Bundle = parsed.value;

/** A series built from the example city, with a fixed status so the layout test does not score. */
function series(indicator: string, unit: string, edit?: (b: Bundle) => Bundle): ProgressSeries {
  const r = progressSeries(edit ? edit(structuredClone(meixi)) : meixi, { indicator, unit, status: () => 'limited' });
  if (!r.ok) throw new Error(`no series for ${indicator} / ${unit}`);
  return r.value;
}
const numbers = (path: string): number[] => (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
const twoDecimals = (x: number): boolean => Math.abs(x * 100 - Math.round(x * 100)) < 1e-9;

describe('periods', () => {
  it('places a period on the last day of it, the same in every time zone', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(periodEnd('1970')).toBe(364);
    expect(periodEnd('2024-Q1')).toBe(dayNumber('2024-03-31'));
    expect(periodEnd('nope')).toBeNull();
  });

  it('places no period the calendar lacks (the core’s dayNumber counts the days)', () => {
    for (const bad of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-01', '2025/01/01'])
      expect(periodEnd(bad)).toBeNull();
  });

  it('orders periods as the core does and gives each its last day', () => {
    const periods = ['2025', '2024-Q4', 'nope', '2024', '2024-12', '2025-01-01', '2024-12-31'];
    const ordered = periodsInOrder(periods);
    expect(ordered.map((p) => p.period)).toEqual([...periods].sort(comparePeriods));
    expect(ordered.map((p) => p.end)).toEqual(ordered.map((p) => periodEnd(p.period)));
  });

  it('lists the periods between two, so a missing one can show as a break', () => {
    expect(periodSequence('2024-Q3', '2025-Q1')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1']);
    expect(periodSequence('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodSequence('2020', '2020')).toEqual(['2020']);
    expect(periodSequence('2024', '2024-Q1')).toBeNull();
    expect(periodSequence('2024-01-01', '2024-01-05')).toBeNull();
  });
});

describe('progressChartLayout', () => {
  const gangkou = series('pm25', 'gangkou');
  const layout = progressChartLayout(gangkou, {
    width: 600,
    height: 260,
    formatY: (v) => new Intl.NumberFormat('en').format(v),
  });

  it('matches the golden layout of Gangkou’s PM2.5 (numbers rounded to 2 decimals)', async () => {
    await expect(JSON.stringify(layout, null, 1)).toMatchFileSnapshot(
      './__snapshots__/progress-chart.layout.pm25-gangkou.json',
    );
  });

  it('is deterministic and rounds every coordinate and path number to 2 decimals', () => {
    expect(progressChartLayout(gangkou, { width: 600, height: 260 })).toEqual(
      progressChartLayout(gangkou, { width: 600, height: 260 }),
    );
    const all = [
      ...numbers(layout.actual),
      ...numbers(layout.plan),
      ...numbers(layout.projection!.d),
      ...layout.points.flatMap((p) => [p.x, p.y]),
      ...layout.xTicks.map((t) => t.x),
      ...layout.yTicks.map((t) => t.y),
    ];
    expect(all.length).toBeGreaterThan(30);
    expect(all.every(twoDecimals)).toBe(true);
  });

  it('keeps every mark inside the box, time running left to right', () => {
    const { left, right, top, bottom } = layout.plot;
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThanOrEqual(left);
      expect(p.x).toBeLessThanOrEqual(right);
      expect(p.y).toBeGreaterThanOrEqual(top);
      expect(p.y).toBeLessThanOrEqual(bottom);
    }
    const xs = layout.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.points.map((p) => p.period)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('draws the plan from the baseline through the milestones to the target, and the target zone below it for “at most”', () => {
    expect(layout.milestones.map((m) => [m.period, m.value])).toEqual([
      ['2024', 34],
      ['2025', 32],
    ]);
    expect(layout.plan.startsWith(`M${layout.baseline!.x},${layout.baseline!.y}`)).toBe(true);
    expect(layout.plan.endsWith(`L${layout.target!.x},${layout.target!.y}`)).toBe(true);
    expect(layout.band).toEqual({ y0: layout.target!.y, y1: layout.plot.bottom });
  });

  it('projects from the latest value to the target date', () => {
    const last = layout.points[layout.points.length - 1]!;
    expect(layout.projection!.d.startsWith(`M${last.x},${last.y}`)).toBe(true);
    expect(layout.projection!.x).toBe(layout.target!.x);
  });

  it('breaks the line where a period has no value and marks the gap between its neighbours', () => {
    const holed = series('pm25', 'gangkou', (b) => ({
      ...b,
      observations: b.observations.filter(
        (o) => !(o.indicator === 'pm25' && o.unit === 'gangkou' && o.period === '2022'),
      ),
    }));
    const l = progressChartLayout(holed, { width: 600, height: 260 });
    expect(holed.points.map((p) => p.value)).toEqual([44.5, 43.6, null, 42.8, 42.8, 42.8]);
    expect(l.actual.match(/M/g)).toHaveLength(2);
    expect(l.points).toHaveLength(5);
    expect(l.gaps).toEqual([{ x0: l.points[1]!.x, x1: l.points[2]!.x, periods: ['2022'] }]);
  });

  it('numbers the notes in period order and puts them above their points', () => {
    expect(layout.annotations).toEqual([{ n: 1, x: layout.points[4]!.x, y: layout.points[4]!.y - 16, period: '2024' }]);
  });

  it('gives yes/no indicators a 0–1 axis and steps', () => {
    const l = progressChartLayout(series('backup-water', 'gangkou'), {
      width: 400,
      height: 200,
      formatY: (v) => (v ? 'yes' : 'no'),
    });
    expect(l.yTicks.map((t) => t.label)).toEqual(['no', 'yes']);
    expect(l.plan).toMatch(/^M([\d.]+),([\d.]+)L([\d.]+),\2L\3,[\d.]+$/);
    expect(l.projection).toBeNull();
  });

  it('shares one scale between small multiples', () => {
    const both = [series('pm25', 'xihu'), gangkou];
    const yDomain = progressYDomain(both);
    const xDomain = progressXDomain(both);
    const a = progressChartLayout(both[0]!, { width: 300, height: 200, yDomain, xDomain });
    const b = progressChartLayout(both[1]!, { width: 300, height: 200, yDomain, xDomain });
    expect(a.yTicks).toEqual(b.yTicks);
    expect(a.target).toEqual(b.target);
    expect(yDomain[0]).toBeLessThanOrEqual(30);
    expect(yDomain[1]).toBeGreaterThanOrEqual(44.5);
  });

  it('thins the time axis on a narrow chart but keeps the last year', () => {
    const narrow = progressChartLayout(gangkou, { width: 200, height: 200 });
    expect(narrow.xTicks.length).toBeLessThan(7);
    expect(narrow.xTicks.at(-1)!.label).toBe('2026');
  });

  it('finds the nearest point and places a tooltip inside the chart', () => {
    expect(nearestPoint(layout, layout.points[2]!.x + 3)).toBe(2);
    expect(nearestPoint(layout, -100)).toBe(0);
    const lines = ['2025', 'Value: 42.8 µg/m³', 'Plan: 32 µg/m³'];
    const tip = progressTooltip(layout, 5, lines)!;
    expect(tip.x + tip.width).toBeLessThanOrEqual(layout.width);
    expect(tip.x).toBeLessThan(layout.points[5]!.x);
    expect(tip.y).toBeGreaterThanOrEqual(0);
    expect(tip.lines.map((l) => l.text)).toEqual(lines);
    expect(progressTooltip(layout, 99, lines)).toBeNull();
    expect(textWidth('目标')).toBe(24);
  });

  it('does not mutate the series', () => {
    const before = structuredClone(gangkou);
    progressChartLayout(gangkou, { width: 320, height: 180 });
    expect(gangkou).toEqual(before);
  });
});

const fixed = () => 'limited' as const;
function seriesOf(bundle: Bundle, indicator: string, unit: string, status?: () => 'limited'): ProgressSeries {
  const r = progressSeries(bundle, status ? { indicator, unit, status } : { indicator, unit });
  if (!r.ok) throw new Error(`no series for ${indicator} / ${unit}`);
  return r.value;
}
const withObservations = (observations: Observation[]): Bundle => ({ ...meixi, observations });

describe('progressSeries', () => {
  it('reads one indicator for one unit in period order, with the plan for each period', () => {
    const shuffled = withObservations([...meixi.observations].reverse());
    const s = seriesOf(shuffled, 'pm25', 'gangkou', fixed);
    expect(s.points.map((p) => p.period)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(s.points.map((p) => p.value)).toEqual([44.5, 43.6, 42.8, 42.8, 42.8, 42.8]);
    // The core's expectedAt interpolates by calendar days, so 2021's plan is 40.0014 (a leap year in between).
    expect(s.points.map((p) => Math.round(p.planned! * 100) / 100)).toEqual([42, 40, 38, 36, 34, 32]);
    expect(s.points[4]!.note).toEqual({ zh: '港区扩建影响', en: 'port expansion' });
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
    const s = seriesOf(meixi, 'pm25', 'gangkou');
    const expected = indicatorResults(assess(meixi.framework, meixi.observations, { period: '2025' }), 'gangkou').find(
      (r) => r.indicator === 'pm25',
    )!.status;
    expect(s.status).toBe(expected);
    expect(s.status).toBe('deteriorating');
  });

  it('describes the trend and projects the growth rate so far to the target year, as the core’s progressUnsd does', () => {
    const s = seriesOf(meixi, 'pm25', 'gangkou', fixed);
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
    const xihu = seriesOf(meixi, 'pm25', 'xihu', fixed);
    expect(xihu.trend).toEqual({ trend: 'improving', run: 5, from: '2020', to: '2025' });
    expect(xihu.projection!.meets).toBe(true);
  });

  it('projects nothing for a series that is not annual, as the UNSD method is annual', () => {
    const quarterly = withObservations(
      meixi.observations
        .filter((o) => o.indicator === 'pm25' && o.unit === 'gangkou')
        .map((o) => ({ ...o, period: `${o.period}-Q4` })),
    );
    const s = seriesOf(quarterly, 'pm25', 'gangkou', fixed);
    expect(s.points.length).toBeGreaterThan(1);
    expect(s.projection).toBeNull();
  });

  it('holds a unit to its class target, without the general milestones', () => {
    const nanshan = seriesOf(meixi, 'forest-coverage', 'nanshan', fixed);
    expect(nanshan.target!.value).toBe(68);
    expect(nanshan.milestones).toEqual([]);
    expect(seriesOf(meixi, 'forest-coverage', 'qingxi', fixed).target!.value).toBe(45);
  });

  it('keeps the highest revision of a period', () => {
    const revised = withObservations([
      ...meixi.observations,
      { indicator: 'pm25', unit: 'gangkou', period: '2025', value: 40.1, revision: 2 },
    ]);
    expect(seriesOf(revised, 'pm25', 'gangkou', fixed).latest).toMatchObject({ period: '2025', value: 40.1 });
  });

  it('turns a missing period into a break, for quarters too', () => {
    const quarters = withObservations([
      { indicator: 'pm25', unit: 'xihu', period: '2024-Q4', value: 31 },
      { indicator: 'pm25', unit: 'xihu', period: '2024-Q1', value: 35 },
      { indicator: 'pm25', unit: 'xihu', period: '2024-Q2', value: null, note: 'station offline' },
      { indicator: 'pm25', unit: 'xihu', period: '2025-Q1', value: 30.5 },
    ]);
    const s = seriesOf(quarters, 'pm25', 'xihu', fixed);
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
    const s = seriesOf(meixi, 'backup-water', 'gangkou', fixed);
    expect(s.kind).toBe('boolean');
    expect(new Set(s.points.map((p) => p.value))).toEqual(new Set([0]));
    expect(s.plan.map((k) => k.value)).toEqual([0, 1]);
    expect(s.projection).toBeNull();
  });

  it('shows the plan and target when a unit has no values yet', () => {
    const s = seriesOf(withObservations([]), 'pm25', 'xihu');
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
    seriesOf(meixi, 'forest-coverage', 'nanshan');
    expect(meixi).toEqual(before);
  });

  it('plans each period with the core’s expectedAt on the unit’s plan, the value the assessment stores for the cell', () => {
    const a = assess(meixi.framework, meixi.observations, { period: '2025' });
    const m = a.indicators.length;
    for (const unit of meixi.framework.units.filter((u) => a.units.some((x) => x.id === u.id))) {
      for (const indicator of meixi.framework.indicators) {
        const s = seriesOf(meixi, indicator.id, unit.id, fixed);
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

function scored(indicator: string, unit: string, bundle = meixi): ProgressSeries {
  const r = progressSeries(bundle, { indicator, unit });
  if (!r.ok) throw new Error('no series');
  return r.value;
}

/** Meixi with `cluster-share` scored relative to the districts: min–max, no baseline, target or milestones. */
function relative(): Bundle {
  const b = structuredClone(meixi);
  const i = b.framework.indicators.findIndex((x) => x.id === 'cluster-share');
  const { baseline: _b, target: _t, milestones: _m, ...rest } = b.framework.indicators[i]!;
  b.framework.indicators[i] = { ...rest, attribute: 'reference', scoring: { method: 'minMax' } };
  return b;
}

describe('an indicator without baseline or target (scored relative to the other units)', () => {
  const bundle = relative();
  const s = scored('cluster-share', 'gangkou', bundle);

  it('has no target, baseline or plan, and the status the core gives it: noTarget', () => {
    expect([s.target, s.baseline, s.plan, s.projection]).toEqual([null, null, [], null]);
    expect(s.points.length).toBeGreaterThan(0);
    expect(s.points.every((p) => p.planned === null)).toBe(true);
    expect(s.status).toBe('noTarget');
    const cell = indicatorResults(assess(bundle.framework, bundle.observations, { period: '2025' }), 'gangkou').find(
      (r) => r.indicator === 'cluster-share',
    )!;
    expect([cell.target, cell.planned, cell.status]).toEqual([null, null, 'noTarget']);
  });

  it('draws no target line, zone or plan, and spans the axes on the values alone', () => {
    const layout = progressChartLayout(s, { width: 600, height: 260 });
    expect([layout.target, layout.baseline, layout.band, layout.projection, layout.plan]).toEqual([
      null,
      null,
      null,
      null,
      '',
    ]);
    const values = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
    expect(progressYDomain([s])).toEqual([Math.min(...values), Math.max(...values)]);
    expect(progressXDomain([s])).toEqual([s.points[0]!.t, s.points[s.points.length - 1]!.t]);
  });

  it('says in words that there is no target, in both languages', () => {
    expect(progressSummary(s, 'en')).toContain('No target: scored relative to the other units. Status: No target.');
    expect(progressSummary(s, 'zh-CN')).toContain('未设目标：按与其他单位的相对位置评分。状态：未设目标。');
    expect(progressSummary(s, 'en')).not.toContain('Target:');
  });
});

describe('progressSummary', () => {
  it('says the latest value, plan, target, status, trend and where the growth rate so far leads, in English', () => {
    expect(progressSummary(scored('pm25', 'gangkou'), 'en')).toBe(
      'PM2.5 annual mean, Gangkou District: 42.8 µg/m³ in 2025 (plan: 32 µg/m³). Target: at most\u00a030\u00a0µg/m³ by 2026. ' +
        'Status: Deteriorating. Trend: unchanged since 2022. At the growth rate since 2020, it would be 42.5 µg/m³ by 2026, missing the target.',
    );
  });

  it('says the same in Chinese', () => {
    expect(progressSummary(scored('pm25', 'xihu'), 'zh-CN')).toBe(
      '西湖区 · 细颗粒物（PM2.5）年均浓度：2025年为 30.5 微克/立方米（计划 31 微克/立方米）。目标：2026年不高于\u00a030\u00a0微克/立方米。' +
        '状态：已达成。趋势：连续 5 期改善（2020年至2025年）。按2020年以来的年均增速，2026年将为 28.7 微克/立方米，可以达到目标。',
    );
  });

  it('names the periods without a value and copes with no values at all', () => {
    const holed = {
      ...meixi,
      observations: meixi.observations.filter(
        (o) => !(o.indicator === 'pm25' && o.unit === 'xihu' && o.period === '2023'),
      ),
    };
    expect(progressSummary(scored('pm25', 'xihu', holed), 'en')).toMatch(/No value for 2023\.$/);
    expect(progressSummary(scored('pm25', 'xihu', holed), 'zh-CN')).toMatch(/2023年无数据。$/);
    const empty = progressSummary(scored('pm25', 'xihu', { ...meixi, observations: [] }), 'en');
    expect(empty).toBe(
      'PM2.5 annual mean, Xihu District: no values reported yet. Target: at most\u00a030\u00a0µg/m³ by 2026. Status: No data. Trend: not enough values to tell.',
    );
  });

  it('speaks of yes/no indicators in words', () => {
    expect(progressSummary(scored('backup-water', 'gangkou'), 'en')).toContain('Target: yes required by 2026.');
    expect(progressSummary(scored('backup-water', 'gangkou'), 'zh-CN')).toContain('目标：2026年须达到：是。');
  });
});

describe('describePoint', () => {
  it('gives the period, value, plan and note as lines', () => {
    expect(describePoint(scored('pm25', 'gangkou'), 4, 'en', true)).toEqual([
      '2024 · Gangkou District',
      'Value: 42.8 µg/m³',
      'Plan: 34 µg/m³',
      'Note: port expansion',
    ]);
    expect(describePoint(scored('pm25', 'gangkou'), 4, 'zh-CN').at(-1)).toBe('备注：港区扩建影响');
    expect(describePoint(scored('pm25', 'gangkou'), 99, 'en')).toEqual([]);
  });
});

describe('formatValue and formatPeriod', () => {
  it('format numbers with Intl and periods in either language, in UTC', () => {
    const s = scored('pm25', 'gangkou');
    expect(formatValue(12345.67, s, 'en', true)).toBe('12,345.7 µg/m³');
    expect(formatValue(12345.67, s, 'zh-CN')).toBe('12,345.7');
    expect(formatValue(null, s, 'en')).toBe('—');
    expect(formatValue(81.5, scored('good-air-days', 'xihu'), 'en', true)).toBe('81.5%');
    expect(formatPeriod('2025-Q3', 'en')).toBe('Q3 2025');
    expect(formatPeriod('2025-Q3', 'zh-CN')).toBe('2025年第3季度');
    expect(formatPeriod('2025-01', 'en')).toBe('Jan 2025');
    expect(formatPeriod('2025-01', 'zh-CN')).toBe('2025年1月');
    expect(formatPeriod('2025-01-01', 'en')).toBe('Jan 1, 2025');
    expect(formatPeriod('2025-01-31', 'zh-CN')).toBe('2025年1月31日');
    expect(formatPeriod('soon', 'en')).toBe('soon');
  });
});

const s = (unit: string, values: Array<number | null>): ProgressSeries =>
  ({
    unit,
    points: values.map((value, k) => ({ period: String(2020 + k), t: k, value, planned: null, note: null })),
  }) as unknown as ProgressSeries;

describe('progressTableRows', () => {
  const a = s('a', [3, null, 1]);
  const b = s('b', [2, 5, null]);

  it('sorts by period, then by series', () => {
    expect(
      progressTableRows([a, b], { key: 'period', direction: 'ascending' }).map((r) => `${r.period}${'ab'[r.series]}`),
    ).toEqual(['2020a', '2020b', '2021a', '2021b', '2022a', '2022b']);
    expect(progressTableRows([a], { key: 'period', direction: 'descending' }).map((r) => r.period)).toEqual([
      '2022',
      '2021',
      '2020',
    ]);
  });

  it('sorts by value with the missing ones last either way', () => {
    expect(progressTableRows([a, b], { key: 'value', direction: 'ascending' }).map((r) => r.value)).toEqual([
      1,
      2,
      3,
      5,
      null,
      null,
    ]);
    expect(progressTableRows([a, b], { key: 'value', direction: 'descending' }).map((r) => r.value)).toEqual([
      5,
      3,
      2,
      1,
      null,
      null,
    ]);
  });

  it('keeps the point index so a row can be traced to its mark', () => {
    const rows = progressTableRows([a], { key: 'value', direction: 'ascending' });
    expect(rows.map((r) => r.index)).toEqual([2, 0, 1]);
  });
});
