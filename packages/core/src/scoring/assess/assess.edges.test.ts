import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { explain } from './explain.js';
import { normalizeMinMax } from '../normalize/normalizeMinMax.js';
import { parseFramework } from '../../model/parseFramework.js';
import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';
import type { Assessment } from './assessment.js';

const MAX = Number.MAX_VALUE;

interface Edge {
  scoring?: unknown;
  weights?: number[];
  areaWeights?: [number, number];
  aggregation?: unknown;
  totalPoints?: number;
  missing?: unknown;
  rules?: unknown[];
  baseline?: number;
  target?: number;
  grades?: unknown[];
}

// Two areas, A with indicators i0–i2 and B with i3, scored as `over` says; three districts u1–u3 (u1 tagged `t`).
function framework(over: Edge = {}): Framework {
  const ind = (k: number) => ({
    id: `i${k}`,
    title: { en: `i${k}` },
    area: k < 3 ? 'A' : 'B',
    unitOfMeasure: { en: 'pt' },
    polarity: 'higher',
    attribute: 'expected',
    baseline: { value: over.baseline ?? 0, period: '2020' },
    target: { value: over.target ?? 1, period: '2025', comparator: '>=' },
    scoring: over.scoring ?? { method: 'value' },
    weight: over.weights?.[k] ?? 1,
    responsible: 'dept',
  });
  const [wa, wb] = over.areaWeights ?? [1, 1];
  const doc = {
    id: 'edges',
    version: '1',
    title: { en: 'Edges' },
    jurisdiction: { en: 'Edges' },
    period: { start: '2024', end: '2026' },
    areas: [
      { id: 'A', title: { en: 'A' }, weight: wa, ...(over.aggregation ? { aggregation: over.aggregation } : {}) },
      { id: 'B', title: { en: 'B' }, weight: wb },
    ],
    goals: [],
    indicators: [0, 1, 2, 3].map(ind),
    measures: [],
    units: [
      { id: 'dept', name: { en: 'Dept' }, kind: 'department', tags: [] },
      ...['u1', 'u2', 'u3'].map((id) => ({
        id,
        name: { en: id },
        kind: 'district',
        parent: 'dept',
        tags: id === 'u1' ? ['t'] : [],
      })),
    ],
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: over.totalPoints ?? 100,
      rounding: { digits: 2, mode: 'halfUp' },
      missing: over.missing ?? { policy: 'exclude' },
      grades: over.grades ?? [
        { id: 'pass', label: { en: 'pass' }, min: 60, inclusive: true },
        { id: 'fail', label: { en: 'fail' }, min: -MAX, inclusive: true },
      ],
      rules: over.rules ?? [],
    },
  };
  const r = parseFramework(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
/** Observations: `rows[u][i]` for unit u1… and indicator i0…. */
const observations = (rows: Array<Array<number | null>>): Observation[] =>
  rows.flatMap((row, u) => row.map((value, i) => ({ indicator: `i${i}`, unit: `u${u + 1}`, period: '2025', value })));
const run = (f: Framework, rows: Array<Array<number | null>>) => assess(f, observations(rows), { period: '2025' });

/** Every number of the assessment and of its explanations is finite, and none is −0. */
function expectPlain(a: Assessment): void {
  const walk = (x: unknown, path: string): void => {
    if (typeof x === 'number') expect(Number.isFinite(x) && !Object.is(x, -0), `${path} = ${x}`).toBe(true);
    else if (typeof x === 'object' && x !== null) for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`);
  };
  walk(a, '$');
  for (const u of a.units) walk(explain(a, { unit: u.id, lang: 'en' }), `explain(${u.id})`);
  expect(JSON.parse(JSON.stringify(a))).toStrictEqual(JSON.parse(JSON.stringify(a)));
}

describe('assess() at the numeric edges', () => {
  it('averages scores near ±1.8e308, whose sums overflow, in both aggregation kernels', () => {
    // Area A: mean of 1e308, 1.7e308 and 1.6e308 = 1.4333…e308 (their sum, 4.3e308, overflows);
    // B: 0. The total (A + B)/2 × 100/100 = 7.1666…e307.
    const rows = [
      [1e308, 1.7e308, 1.6e308, 0],
      [-1e308, -1.7e308, -1.6e308, 0],
      [MAX, MAX, MAX, MAX],
    ];
    for (const aggregation of [undefined, { method: 'weightedSum' }]) {
      const a = run(framework({ aggregation }), rows);
      expectPlain(a);
      // No value is missing, so the weighted sum over all weights is the mean too.
      expect(a.results[0]!.areas[0]!.score! / ((4.3 / 3) * 1e308)).toBeCloseTo(1, 14);
      expect(a.results[1]!.areas[0]!.score! / ((-4.3 / 3) * 1e308)).toBeCloseTo(1, 14);
      expect(a.results[2]!.areas[0]!.score).toBe(MAX);
      expect(a.results[0]!.totalUnrounded! / ((4.3 / 6) * 1e308)).toBeCloseTo(1, 14);
      expect(a.cells.weightUsed.slice(0, 3)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    }
  });

  it('renormalises weights whose sum overflows, and subnormal weights whose products underflow', () => {
    const rows = [
      [10, 20, 30, 50],
      [0.5, 0.5, 0.5, 0.5],
      [null, 40, 80, 1],
    ];
    for (const weights of [
      [1e308, 1e308, 1e308, MAX],
      [5e-324, 5e-324, 5e-324, 5e-324],
    ]) {
      const a = run(framework({ weights, areaWeights: [weights[0]!, weights[0]!] }), rows);
      expectPlain(a);
      expect(a.results.map((r) => r.areas[0]!.score)).toEqual([20, 0.5, 60]);
      expect(a.results[2]!.areas.map((r) => r.weightUsed)).toEqual([0.5, 0.5]);
      expect(a.cells.weightUsed.slice(8, 11)).toEqual([null, 0.5, 0.5]);
    }
  });

  it('places values between goalposts 2e308 apart, in the typed kernel as in normalizeGoalposts', () => {
    const a = run(framework({ scoring: { method: 'goalposts', lower: -1e308, upper: 1e308 } }), [
      [0, 0.5e308, 1e308, -1e308],
    ]);
    expect(a.cells.normalized.slice(0, 4)).toEqual([50, 75, 100, 0]);
    expect(a.cells.flags.slice(0, 4)).toEqual([[], [], [], []]);
  });

  it('flags as unscorable an unclamped score beyond the doubles, and caps a clamped one', () => {
    const rows = [[1, -1, 1e-323, 0]];
    const open = run(framework({ scoring: { method: 'goalposts', lower: 0, upper: 5e-324, clamp: false } }), rows);
    expectPlain(open);
    expect(open.cells.normalized.slice(0, 4)).toEqual([null, null, 200, 0]);
    expect(open.cells.flags.slice(0, 2)).toEqual([
      ['unscorable', 'excluded'],
      ['unscorable', 'excluded'],
    ]);
    const clamped = run(framework({ scoring: { method: 'goalposts', lower: 0, upper: 5e-324 } }), rows);
    expect(clamped.cells.normalized.slice(0, 4)).toEqual([100, 0, 100, 0]);
    expect(clamped.cells.flags.slice(0, 3)).toEqual([['capped'], ['capped'], ['capped']]);
  });

  it('scores min–max spreads beyond the doubles the same along the rows and down the columns', () => {
    const rows = [
      [-1e308, 5, null, 0],
      [0, 5, null, 0],
      [1e308, 5, null, 0],
    ];
    const want = normalizeMinMax([-1e308, 0, 1e308]);
    expect(want).toEqual([0, 50, 100]);
    // `exclude` is scored along the rows; `carryForward` down the columns (normalizeMinMax itself).
    for (const missing of [{ policy: 'exclude' }, { policy: 'carryForward' }]) {
      const a = run(framework({ scoring: { method: 'minMax' }, missing }), rows);
      expect([0, 1, 2].map((u) => a.cells.normalized[u * 4])).toEqual(want);
    }
  });

  it('never holds −0: a value on its lower goalpost with upper < lower, and an observed −0', () => {
    const a = run(framework({ scoring: { method: 'goalposts', lower: 10, upper: 0 } }), [[10, 10, 10, 10]]);
    expect(a.cells.normalized.slice(0, 4).every((s) => Object.is(s, 0))).toBe(true);
    expect(a.cells.points.slice(0, 4).every((s) => Object.is(s, 0))).toBe(true);
    const b = run(framework(), [[-0, -0, -0, -0]]);
    expect([...b.cells.raw.slice(0, 4), ...b.cells.normalized.slice(0, 4)].every((s) => Object.is(s, 0))).toBe(true);
    expectPlain(a);
    expectPlain(b);
  });

  it('records a running total of 0, not −0, when a score below 0 times tiny total points underflows', () => {
    // Found by the fuzz suite (seed 1901720407): u1's mean −0.01 × 5e-324 / 100 underflows to −0,
    // which a deduction recorded as its total before, and JSON would have read back as 0.
    const rule = {
      kind: 'deduction',
      id: 'r0',
      points: 0,
      reason: { en: 'r0' },
      when: { event: 'indicatorBelowTarget', indicator: 'i0' },
    };
    const grades = [{ id: 'any', label: { en: 'any' }, min: -MAX, inclusive: true }];
    const a = run(framework({ totalPoints: 5e-324, rules: [rule], grades }), [[-0.01, -0.01, -0.01, -0.01]]);
    const fired = a.results[0]!.rules[0]!;
    expect(Object.is(fired.totalBefore, 0)).toBe(true);
    expect(Object.is(a.results[0]!.subtotalUnrounded, 0)).toBe(true);
    expectPlain(a);
  });

  it('gives no total, with a diagnostic, when the total is beyond the doubles; the other units are ranked', () => {
    const a = run(framework({ totalPoints: MAX }), [
      [1000, 1000, 1000, 1000],
      [50, 50, 50, 50],
    ]);
    expectPlain(a);
    expect(a.results.map((r) => [r.total, r.rank])).toEqual([
      [null, null],
      [MAX / 2, 1],
    ]);
    expect(a.diagnostics.filter((d) => d.code === 'total_out_of_range').map((d) => d.unit)).toEqual(['u1']);
    // Area points beyond the doubles are null; within them they are given.
    expect(a.results[0]!.areas[0]!.points).toBeNull();
    expect(a.results[1]!.areas[0]!.points).toBe(MAX / 4);
  });

  it('gives no total when a minOf rule would change it by more than a double holds', () => {
    // u1's total starts at −0.875·MAX (areas 100 and −275); minOf(A, A) takes it to MAX: a change of 1.875·MAX.
    const rules = [{ kind: 'minOf', id: 'm', reason: { en: 'lower of A and A' }, tag: 't', areas: ['A', 'A'] }];
    const a = run(framework({ totalPoints: MAX, rules }), [
      [100, 100, 100, -275],
      [100, 100, 100, 100],
    ]);
    expectPlain(a);
    expect(a.results[0]!.total).toBeNull();
    expect(a.diagnostics.some((d) => d.code === 'total_out_of_range' && d.unit === 'u1')).toBe(true);
    expect(a.results[1]!.total).toBe(MAX);
  });

  it('aggregates by harmonic, geometric and generalised means at the edges with finite scores', () => {
    const rows = [
      [5e-324, 1, 1, 1],
      [MAX, MAX, MAX, 1],
      [2, 8, null, 1],
    ];
    for (const aggregation of [
      { method: 'harmonicMean' },
      { method: 'geometricMean' },
      { method: 'generalizedMean', p: 1e-20 },
      { method: 'generalizedMean', p: 1e300 },
    ]) {
      const a = run(framework({ aggregation }), rows);
      expectPlain(a);
      for (const r of a.results) expect(r.areas[0]!.score).not.toBeNull();
    }
    expect(
      run(framework({ aggregation: { method: 'generalizedMean', p: 1e-20 } }), rows).results[2]!.areas[0]!.score,
    ).toBeCloseTo(4, 12);
  });

  it('judges progress between a baseline and target 2e308 apart on halves (0.85 of the way: moderate)', () => {
    // Expected change 2e308 overflowed, so 1.7e308 / ∞ = 0 read as "limited".
    const a = run(framework({ baseline: -1e308, target: 1e308 }), [[0.7e308, 1e308, -1e308, -1.5e308]]);
    expect(a.cells.status.slice(0, 4)).toEqual(['moderate', 'achieved', 'limited', 'deteriorating']);
  });

  it('imputes a peer-group mean of scores whose sum overflows', () => {
    const a = run(framework({ missing: { policy: 'peerMean' } }), [
      [1e308, 0, 0, 0],
      [1.7e308, 0, 0, 0],
      [null, 0, 0, 0],
    ]);
    expectPlain(a);
    expect(a.cells.normalized[8]).toBe(1.35e308);
  });
});
