import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, parseFramework, readWideObservationsCsv } from '../packages/core/src/index.js';

// The Water Optimisation Index example (examples/eiu-water-optimisation/) scored from the index's own
// data, examples/datasets/eiu-water-optimisation/entities.csv (signal-noise/index-core at c5c3e55).
const read = (path: string) => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8');
const parsed = parseFramework(JSON.parse(read('examples/eiu-water-optimisation/framework.json')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const framework = parsed.value;
const csv = read('examples/datasets/eiu-water-optimisation/entities.csv');
const headers = csv.slice(0, csv.indexOf('\n')).split(',');
const observations = readWideObservationsCsv(csv, {
  period: '2021',
  unitColumn: 'name',
  unitIds: Object.fromEntries(framework.units.map((u) => [u.name.en!, u.id])),
  // The background columns (BG_*) are context, not part of the index, as index-core treats them.
  indicatorIds: Object.fromEntries(
    headers.filter((h) => h !== '' && h !== 'name').map((h) => [h, h.startsWith('BG_') ? null : h]),
  ),
  framework,
});
if (!observations.ok) throw new Error(JSON.stringify(observations.issues));
const a = assess(framework, observations.value, { period: '2021' });
const result = (unit: string) => a.results.find((r) => r.unit === unit)!;
const area = (unit: string, id: string) => result(unit).areas.find((x) => x.area === id)!.score;
/** index-core's getIndexMean: the mean over the cities that have a score (1 decimal, as its test prints it). */
const mean = (scores: Array<number | null>): string => {
  const present = scores.filter((s): s is number => s !== null);
  return (present.reduce((s, x) => s + x, 0) / present.length).toFixed(1);
};
const areaMean = (id: string) => mean(a.results.map((r) => r.areas.find((x) => x.area === id)!.score));
const indicatorMean = (id: string) => {
  const i = a.indicators.findIndex((x) => x.id === id);
  return mean(a.units.map((_, u) => a.cells.normalized[u * a.indicators.length + i] ?? null));
};

describe('the Water Optimisation Index example', () => {
  it('declares the index as published: 3 pillars, 21 groups in 4 levels, 47 indicators, 51 cities, nothing invented', () => {
    expect(framework.areas.filter((x) => x.parent === undefined).map((x) => [x.id, x.weight])).toEqual([
      ['1', 0.35],
      ['2', 0.35],
      ['3', 0.3],
    ]);
    expect([framework.areas.length, framework.indicators.length, framework.units.length]).toEqual([21, 47, 51]);
    expect(framework.indicators.filter((i) => i.baseline || i.target || i.responsible)).toEqual([]);
    expect(framework.scheme.grades).toEqual([]);
    expect(observations.value.filter((o) => o.value === null).map((o) => [o.unit, o.indicator])).toEqual([
      ['jakarta', '2.1.1'],
      ['manila', '2.2.2'],
    ]);
  });

  it("reproduces index-core's own published results: Naples 76.2, and the index means it tests", () => {
    // signal-noise/index-core test/index-core.test.ts: Naples' score 76.2; getIndexMean of pillars,
    // groups and indicators over the cities that have one, to 1 decimal.
    expect(result('naples').totalUnrounded!.toFixed(1)).toBe('76.2');
    expect(areaMean('1')).toBe('72.2');
    expect(areaMean('1.2')).toBe('87.9');
    expect(areaMean('2.2')).toBe('74.9');
    expect(indicatorMean('2.1.1')).toBe('89.8');
    expect(areaMean('3.1.1')).toBe('38.2');
    expect(areaMean('2')).toBe('74.7');
    expect(mean(a.results.map((r) => r.totalUnrounded))).toBe('69.5');
  });

  it('scores Naples as worked by hand from index-core’s algorithm', () => {
    // Indicator: value / max × 100; inverted 100 − that. Group: Σ weight × score / Σ weight.
    // 1.1: 1.1.1 1/1, 1.1.2 3/3, 1.1.3 3/3, 1.1.4 0/3 → (0.3·100 + 0.25·100 + 0.25·100 + 0.2·0) / 1 = 80.
    // 1.2: 1.2.1 100 %, 1.2.2 2/2, 1.2.3 2/3 → 0.35·100 + 0.3·100 + 0.35·66.67 = 88.33.
    // 1.3: 1.3.1 1/1, 1.3.2 (2/2 and 2/2: 100), 1.3.3 3/3, 1.3.4 2/2 → 100.
    // Pillar 1: 0.3·80 + 0.3·88.33 + 0.4·100 = 90.5.
    expect(area('naples', '1.1')).toBeCloseTo(80, 10);
    expect(area('naples', '1.2')).toBeCloseTo(88 + 1 / 3, 10);
    expect(area('naples', '1.3')).toBeCloseTo(100, 10);
    expect(area('naples', '1')).toBeCloseTo(90.5, 10);
    // 3.2: continuity 2/2 → 100 (0.6); non-revenue water 35.7 %, inverted → 64.3 (0.4): 85.72.
    expect(area('naples', '3.2')).toBeCloseTo(85.72, 10);
    // 3.1.2: three indicators of weight 0.1333333333 (sum 0.4, divided out): (95 + 0 + 0) / 3 = 31.67.
    expect(area('naples', '3.1.2')).toBeCloseTo(95 / 3, 10);
    // Total: 0.35·90.5 + 0.35·85.85 + 0.3·48.3833 = 76.2375 (pillars 2 and 3 by the same rules).
    expect(area('naples', '2')).toBeCloseTo(85.85, 10);
    expect(area('naples', '3')).toBeCloseTo(48.38333333333333, 10);
    expect(result('naples').totalUnrounded).toBeCloseTo(76.2375, 10);
    expect(result('naples').total).toBe(76.2);
  });

  it('leaves Jakarta and Manila without pillar 2 and without a total, as index-core does (propagate)', () => {
    // Jakarta lacks 2.1.1 (residential accessibility), Manila 2.2.2 (wastewater treatment): their
    // groups 2.1 / 2.2, pillar 2 and the index are missing in index-core (NaN), and here (null).
    for (const [city, group] of [
      ['jakarta', '2.1'],
      ['manila', '2.2'],
    ] as const) {
      expect([area(city, group), area(city, '2'), result(city).total, result(city).rank]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
    // Their other pillars are scored. Jakarta's pillar 1, by hand: 1.1 = 0.25·33.33 + 0.2·66.67 = 21.67,
    // 1.2 = 0.3·50 = 15, 1.3 = 0.25·25 + 0.25·100 + 0.2·50 = 41.25 → 0.3·21.67 + 0.3·15 + 0.4·41.25 = 27.5.
    expect(area('jakarta', '1')).toBeCloseTo(27.5, 10);
    expect(area('manila', '1')).toBeCloseTo(57.5, 10);
    expect(a.results.filter((r) => r.total !== null)).toHaveLength(49);
    // Each level said once per city, children before parents; then the total, once for both.
    expect(a.diagnostics.map((d) => [d.code, d.severity, d.unit ?? null, d.area ?? null])).toEqual([
      ['missing_propagated', 'info', 'jakarta', '2.1'],
      ['missing_propagated', 'info', 'manila', '2.2'],
      ['missing_propagated', 'info', 'jakarta', '2'],
      ['missing_propagated', 'info', 'manila', '2'],
      ['missing_propagated', 'warning', 'jakarta', '2'],
      ['missing_propagated', 'warning', 'manila', '2'],
      ['no_total', 'warning', null, null],
    ]);
  });

  it('would score their pillar 2 from the indicators left under exclude, where index-core has none: why propagate', () => {
    const excluding = { ...framework, scheme: { ...framework.scheme, missing: { policy: 'exclude' as const } } };
    const e = assess(excluding, observations.value, { period: '2021' });
    const pillar2 = (unit: string) => e.results.find((r) => r.unit === unit)!.areas.find((x) => x.area === '2')!.score;
    expect([pillar2('jakarta'), pillar2('manila')].every((s) => typeof s === 'number')).toBe(true);
  });

  it('says each cell has no target: the index sets none', () => {
    expect(new Set(a.cells.target)).toEqual(new Set([null]));
    expect(new Set(a.cells.status)).toEqual(new Set(['noTarget', 'noData']));
  });
});
