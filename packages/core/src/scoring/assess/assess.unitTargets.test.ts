import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { indicatorResults } from './indicatorResults.js';
import { parseFramework } from '../../model/parseFramework.js';
import type { Framework } from '../../model/framework.schema.js';
import type { ScoringMethod } from '../../model/method.schema.js';

// One indicator, afforestation (ha, higher is better), target 100 in 2025; u1 is assigned 120 and
// u2 80 for 2025 (目标分解), u3 carries the class tag 'small' (target 60), u4 has none of these.
function framework(scoring: ScoringMethod, unitTargets: object[] = defaultTargets): Framework {
  const r = parseFramework({
    id: 't',
    version: '1',
    title: { en: 'T' },
    jurisdiction: { en: 'T' },
    period: { start: '2024', end: '2025' },
    areas: [{ id: 'A', title: { en: 'A' }, weight: 1 }],
    goals: [],
    indicators: [
      {
        id: 'forest',
        title: { en: 'Afforestation' },
        area: 'A',
        unitOfMeasure: { en: 'ha' },
        polarity: 'higher',
        attribute: 'binding',
        baseline: { value: 0, period: '2023' },
        target: { value: 100, period: '2025', comparator: '>=' },
        classTargets: [{ tag: 'small', value: 60 }],
        unitTargets,
        weight: 1,
        scoring,
        responsible: 'dept',
      },
    ],
    measures: [],
    units: [
      { id: 'dept', name: { en: 'Dept' }, kind: 'department', tags: [] },
      { id: 'u1', name: { en: 'U1' }, kind: 'district', tags: [] },
      { id: 'u2', name: { en: 'U2' }, kind: 'district', tags: ['small'] },
      { id: 'u3', name: { en: 'U3' }, kind: 'district', tags: ['small'] },
      { id: 'u4', name: { en: 'U4' }, kind: 'district', tags: [] },
    ],
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 10,
      rounding: { digits: 2, mode: 'halfUp' },
      missing: { policy: 'exclude' },
      grades: [{ id: 'pass', label: { zh: '合格' }, min: 0, inclusive: true }],
      rules: [],
    },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const defaultTargets = [
  { unit: 'u1', period: '2025', value: 120 },
  { unit: 'u2', period: '2025', value: 80 },
];
// Each unit planted 90 ha in 2025.
const observations = ['u1', 'u2', 'u3', 'u4'].map((unit) => ({ indicator: 'forest', unit, period: '2025', value: 90 }));

describe('assess() with targets assigned to units', () => {
  it('stores the target each unit faces: its own, else its class’s, else the indicator’s', () => {
    const a = assess(framework({ method: 'allOrNothing' }), observations, { period: '2025' });
    expect(a.results.map((r) => indicatorResults(a, r.unit)[0]!.target)).toEqual([120, 80, 60, 100]);
  });

  it('all or nothing: full points for the units that met their own target (90 ≥ 80, 90 ≥ 60), none for the others', () => {
    const a = assess(framework({ method: 'allOrNothing' }), observations, { period: '2025' });
    expect(a.results.map((r) => [r.unit, r.total])).toEqual([
      ['u1', 0],
      ['u2', 10],
      ['u3', 10],
      ['u4', 0],
    ]);
    expect(a.results.map((r) => indicatorResults(a, r.unit)[0]!.status)).toEqual([
      expect.not.stringMatching(/^achieved$/),
      'achieved',
      'achieved',
      expect.not.stringMatching(/^achieved$/),
    ]);
  });

  it('completion ratio: 90/120 = 0.75, 90/80 and 90/60 credited at the maximum 1, 90/100 = 0.9; the over-achievers flagged capped', () => {
    const a = assess(framework({ method: 'completionRatio', max: 1 }), observations, { period: '2025' });
    expect(a.results.map((r) => r.total)).toEqual([7.5, 10, 10, 9]);
    expect(a.results.map((r) => indicatorResults(a, r.unit)[0]!.flags)).toEqual([[], ['capped'], ['capped'], []]);
  });

  it('completion ratio capped at 1.2 credits u2 90/80 = 1.125 and u3 1.5 as 1.2', () => {
    const a = assess(framework({ method: 'completionRatio', max: 1.2 }), observations, { period: '2025' });
    expect(a.results.map((r) => indicatorResults(a, r.unit)[0]!.normalized)).toEqual([75, 112.5, 120, 90]);
  });

  it('a unit’s own target for another period leaves this one to its class or the indicator', () => {
    const a = assess(framework({ method: 'allOrNothing' }, [{ unit: 'u4', period: '2024', value: 50 }]), observations, {
      period: '2025',
    });
    expect(indicatorResults(a, 'u4')[0]!.target).toBe(100);
  });
});

describe('parseFramework() on unit targets', () => {
  const issues = (targets: object[]) => {
    try {
      framework({ method: 'allOrNothing' }, targets);
      return [];
    } catch (e) {
      return (JSON.parse((e as Error).message) as Array<{ at: string; code: string }>).map((i) => `${i.at} ${i.code}`);
    }
  };

  it('refuses an unknown unit, a second target for one unit and period, and a value of the wrong kind', () => {
    expect(
      issues([
        { unit: 'u9', period: '2025', value: 1 },
        { unit: 'u1', period: '2025', value: 1 },
        { unit: 'u1', period: '2025', value: 2 },
        { unit: 'u2', period: '2025', value: true },
      ]),
    ).toEqual([
      'indicators[0].unitTargets[0].unit unknown_reference',
      'indicators[0].unitTargets[2] duplicate_target',
      'indicators[0].unitTargets[3].value value_kind',
    ]);
  });
});
