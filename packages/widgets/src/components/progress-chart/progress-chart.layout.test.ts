import { describe, expect, it } from 'vitest';
import '../../internal/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { comparePeriods, parseBundle, type Bundle } from '@eco-reform/core';
import {
  nearestPoint,
  progressChartLayout,
  progressTooltip,
  progressXDomain,
  progressYDomain,
  textWidth,
} from './progress-chart.layout.js';
import { progressSeries, type ProgressSeries } from './progress-chart.series.js';
import { dayNumber, periodEnd, periodSequence, periodsInOrder } from './progress-chart.periods.js';

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

  it('counts days by calendar arithmetic that agrees with Date.UTC on every day from 1900 to 2100, and refuses days the calendar lacks', () => {
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (dayNumber(date) !== t / 86_400_000)
        throw new Error(`dayNumber(${date}) = ${dayNumber(date)}, not ${t / 86_400_000}`);
    }
    expect(dayNumber('0000-03-01') - dayNumber('0000-02-28')).toBe(2); // year 0 is a leap year
    for (const bad of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-1-01',
      '２０２５-01-01',
      '2025/01/01',
    ]) {
      expect(dayNumber(bad)).toBeNaN();
      expect(periodEnd(bad)).toBeNull();
    }
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
    expect(layout.plan.startsWith(`M${layout.baseline.x},${layout.baseline.y}`)).toBe(true);
    expect(layout.plan.endsWith(`L${layout.target.x},${layout.target.y}`)).toBe(true);
    expect(layout.band).toEqual({ y0: layout.target.y, y1: layout.plot.bottom });
  });

  it('projects from the latest value to the target date', () => {
    const last = layout.points[layout.points.length - 1]!;
    expect(layout.projection!.d.startsWith(`M${last.x},${last.y}`)).toBe(true);
    expect(layout.projection!.x).toBe(layout.target.x);
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
