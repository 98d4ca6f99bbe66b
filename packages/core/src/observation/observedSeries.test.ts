import { describe, expect, it } from 'vitest';
import { assess } from '../scoring/assess/assess.js';
import { parseFramework } from '../model/parseFramework.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { readObservationsCsv } from './readObservationsCsv.js';
import { observedSeries } from './observedSeries.js';
import type { Observation } from './observation.schema.js';

const at = (period: string, value: Observation['value'], extra: Partial<Observation> = {}): Observation => ({
  indicator: 'pm25',
  unit: 'xihu',
  period,
  value,
  ...extra,
});

describe('observedSeries', () => {
  it('lists each period once, in time order, with the highest revision winning', () => {
    const series = observedSeries(
      [
        at('2025', 31),
        at('2025-Q4', 29),
        at('2025', 30.5, { revision: 2 }),
        at('2025', 32, { revision: 1 }),
        at('2024', 33),
      ],
      'xihu',
    ).get('pm25');
    expect(series).toEqual([
      { period: '2024', value: 33, note: null },
      { period: '2025', value: 30.5, note: null },
      { period: '2025-Q4', value: 29, note: null },
    ]);
  });

  it('never lets a missing value replace a value, and keeps a period of missing values as null with its note', () => {
    const series = observedSeries(
      [at('2025', 31), at('2025', null, { revision: 3 }), at('2024', null, { note: '监测站维修' })],
      'xihu',
    ).get('pm25');
    expect(series).toEqual([
      { period: '2024', value: null, note: '监测站维修' },
      { period: '2025', value: 31, note: null },
    ]);
  });

  it('keeps the larger value as text of equal revisions, whatever the order of the input', () => {
    const rows = [at('2025', 30), at('2025', 31), at('2025', 29)];
    for (const order of [rows, [...rows].reverse()]) {
      expect(observedSeries(order, 'xihu').get('pm25')?.[0]?.value).toBe(31);
    }
  });

  it('gives every cell of the example city the value assess scores for it', () => {
    const f = parseFramework(meixiFramework());
    const o = readObservationsCsv(readMeixi('observations.csv'));
    if (!f.ok || !o.ok) throw new Error('the example city must parse');
    const a = assess(f.value, o.value, { period: '2025' });
    const m = a.indicators.length;
    let compared = 0;
    a.units.forEach((unit, u) => {
      const series = observedSeries(o.value, unit.id);
      a.indicators.forEach((indicator, i) => {
        const point = series.get(indicator.id)?.find((p) => p.period === '2025');
        if (!point) return;
        compared += 1;
        expect(point.value, `${unit.id} ${indicator.id}`).toBe(a.cells.raw[u * m + i] ?? null);
      });
    });
    expect(compared).toBeGreaterThan(20);
  });
});
