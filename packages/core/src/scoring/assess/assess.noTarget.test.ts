import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { indicatorResults } from './indicatorResults.js';
import { parseFramework } from '../../model/parseFramework.js';
import type { Framework } from '../../model/framework.schema.js';
import { targetFor } from '../../progress/targetFor.js';
import { expectedAt } from '../../progress/expectedAt.js';

// Two indicators scored relative to the other units, with no baseline and no target (as a published
// index writes them): `water` min–max, higher is better; `loss` min–max, lower is better. Three units.
function framework(extra: Record<string, unknown> = {}, more: Array<Record<string, unknown>> = []): Framework {
  const ind = (id: string, polarity: 'higher' | 'lower') => ({
    id,
    title: { en: id },
    area: 'a',
    unitOfMeasure: { en: '%' },
    polarity,
    attribute: 'reference',
    weight: 1,
    scoring: { method: 'minMax' },
  });
  const r = parseFramework({
    id: 'relative',
    version: '1',
    title: { en: 'Relative' },
    jurisdiction: { en: 'Relative' },
    period: { start: '2024', end: '2026' },
    areas: [{ id: 'a', title: { en: 'A' }, weight: 1 }],
    goals: [],
    indicators: [ind('water', 'higher'), ind('loss', 'lower'), ...more],
    measures: [],
    units: ['u1', 'u2', 'u3'].map((id) => ({ id, name: { en: id }, kind: 'city', tags: [] })),
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      grades: [],
      responsibleUnits: 'none',
      rounding: { digits: 2, mode: 'halfUp' },
      missing: { policy: 'exclude' },
      rules: [],
      ...extra,
    },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const observations = [
  { indicator: 'water', unit: 'u1', period: '2025', value: 10 },
  { indicator: 'water', unit: 'u2', period: '2025', value: 20 },
  { indicator: 'water', unit: 'u3', period: '2025', value: 40 },
  { indicator: 'loss', unit: 'u1', period: '2025', value: 5 },
  { indicator: 'loss', unit: 'u2', period: '2025', value: 3 },
];

describe('assess() with indicators that have no baseline or target (relative methods)', () => {
  it('scores them relative to the units, as worked by hand', () => {
    const a = assess(framework(), observations, { period: '2025' });
    // water: (x − 10) / (40 − 10) · 100 → 0, 33.33…, 100. loss (lower is better): (5 − x) / (5 − 3) · 100 → 0, 100; u3 none.
    const score = (u: number, i: number) => a.cells.normalized[u * 2 + i];
    expect([score(0, 0), score(1, 0), score(2, 0)]).toEqual([0, (10 / 30) * 100, 100]);
    expect([score(0, 1), score(1, 1), score(2, 1)]).toEqual([0, 100, null]);
    // Area a: mean of what is there (exclude): u1 0, u2 (33.33… + 100) / 2 = 66.67, u3 100.
    expect(a.results.map((r) => r.total)).toEqual([0, 66.67, 100]);
  });

  it('says each cell has no target and no plan, and its status is noTarget (noData where nothing was observed)', () => {
    const a = assess(framework(), observations, { period: '2025' });
    expect(a.cells.target).toEqual([null, null, null, null, null, null]);
    expect(a.cells.planned).toEqual([null, null, null, null, null, null]);
    expect(a.cells.status).toEqual(['noTarget', 'noTarget', 'noTarget', 'noTarget', 'noTarget', 'noData']);
    expect(indicatorResults(a, 'u2').map((r) => [r.indicator, r.target, r.planned, r.status])).toEqual([
      ['water', null, null, 'noTarget'],
      ['loss', null, null, 'noTarget'],
    ]);
  });

  it('gives no target and no planned value for such an indicator (targetFor, expectedAt)', () => {
    const water = framework().indicators[0]!;
    expect(targetFor(water, { id: 'u1', tags: [] }, '2025')).toBeNull();
    expect(expectedAt(water, '2025-12-31')).toBeNull();
    // A target without a baseline: the target is held, but no plan runs to it.
    const withTarget = { ...water, target: { value: 30, period: '2026', comparator: '>=' as const } };
    expect(targetFor(withTarget, { id: 'u1', tags: [] }, '2025')).toBe(30);
    expect(expectedAt(withTarget, '2025-12-31')).toBeNull();
  });

  it('judges an indicator with a target and no baseline by the target alone: achieved or limited, no plan', () => {
    // All or nothing against ≥ 15 (2025), no baseline: u1 10 misses it (0, limited), u2 20 meets it (100, achieved).
    const own = {
      id: 'own',
      title: { en: 'own' },
      area: 'a',
      unitOfMeasure: { en: '%' },
      polarity: 'higher',
      attribute: 'reference',
      weight: 1,
      target: { value: 15, period: '2025', comparator: '>=' },
      scoring: { method: 'allOrNothing' },
    };
    const obs = [
      ...observations,
      ...['u1', 'u2'].map((unit, k) => ({ indicator: 'own', unit, period: '2025', value: [10, 20][k]! })),
    ];
    const a = assess(framework({}, [own]), obs, { period: '2025' });
    const cell = (u: number) => u * 3 + 2;
    expect(
      [0, 1].map((u) => [
        a.cells.normalized[cell(u)],
        a.cells.target[cell(u)],
        a.cells.planned[cell(u)],
        a.cells.status[cell(u)],
      ]),
    ).toEqual([
      [0, 15, null, 'limited'],
      [100, 15, null, 'achieved'],
    ]);
  });

  it('lets no rule test such an indicator against a target it does not have', () => {
    const rule = {
      kind: 'deduction',
      id: 'r',
      points: 2,
      reason: { en: 'below target' },
      when: { event: 'indicatorBelowTarget', indicator: 'water' },
    };
    expect(() => framework({ rules: [rule] })).toThrow(/missing_target/);
  });
});
