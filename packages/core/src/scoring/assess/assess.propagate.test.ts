import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { explain } from './explain.js';
import { parseFramework } from '../../model/parseFramework.js';
import type { Framework } from '../../model/framework.schema.js';
import type { MissingPolicy } from '../../model/missingPolicy.schema.js';
import type { Observation } from '../../observation/observation.schema.js';

// index-core's tree in small: pillar P (sub-areas Pa with a1, a2 and Pb with b1) and pillar Q (c1,
// c2), every weight 1, scores as given (`value`). `areaMissing` sets the policy of Pa, P and Q, and
// `qAggregation` Q's aggregation (a geometric mean is scored unit by unit, not in the row pass).
function framework(scheme: MissingPolicy, areaMissing?: MissingPolicy, qAggregation?: unknown): Framework {
  const ind = (id: string, area: string) => ({
    id,
    title: { en: id },
    area,
    unitOfMeasure: { en: 'pt' },
    polarity: 'higher',
    attribute: 'expected',
    baseline: { value: 0, period: '2020' },
    target: { value: 100, period: '2025', comparator: '>=' },
    scoring: { method: 'value' },
    responsible: 'dept',
  });
  const missing = areaMissing ? { missing: areaMissing } : {};
  const doc = {
    id: 'propagate',
    version: '1',
    title: { en: 'Propagate' },
    jurisdiction: { en: 'Propagate' },
    period: { start: '2024', end: '2026' },
    areas: [
      { id: 'P', title: { en: 'P' }, ...missing },
      { id: 'Pa', title: { en: 'Pa' }, parent: 'P', ...missing },
      { id: 'Pb', title: { en: 'Pb' }, parent: 'P' },
      { id: 'Q', title: { en: 'Q' }, ...missing, ...(qAggregation ? { aggregation: qAggregation } : {}) },
    ],
    goals: [],
    indicators: [ind('a1', 'Pa'), ind('a2', 'Pa'), ind('b1', 'Pb'), ind('c1', 'Q'), ind('c2', 'Q')],
    measures: [],
    units: [
      { id: 'dept', name: { en: 'Dept' }, kind: 'department', tags: [] },
      { id: 'u1', name: { en: 'u1' }, kind: 'prefecture', parent: 'dept', tags: [] },
      { id: 'u2', name: { en: 'u2' }, kind: 'prefecture', parent: 'dept', tags: [] },
    ],
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      rounding: { digits: 2, mode: 'halfUp' },
      missing: scheme,
      grades: [{ id: 'any', label: { en: 'any' }, min: 0, inclusive: true }],
      rules: [],
    },
  };
  const r = parseFramework(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

// u1 has every value; u2 lacks a1 and c2.
const ids = ['a1', 'a2', 'b1', 'c1', 'c2'];
const rows = [
  [40, 60, 80, 90, 10],
  [null, 60, 80, 16, null],
];
const observations: Observation[] = rows.flatMap((row, u) =>
  row.map((value, i) => ({ indicator: ids[i]!, unit: `u${u + 1}`, period: '2025', value })),
);
const areaScores = (f: Framework, u: number) =>
  assess(f, observations, { period: '2025' }).results[u]!.areas.map((a) => a.score);

describe('missing-data policy propagate', () => {
  it('makes an area missing when any child is, where exclude renormalises over the rest', () => {
    // exclude: u2's Pa = 60, P = (60 + 80)/2 = 70, Q = 16, total (70 + 16)/2 = 43.
    const exclude = assess(framework({ policy: 'exclude' }), observations, { period: '2025' });
    expect(exclude.results[1]!.areas.map((a) => a.score)).toEqual([70, 60, 80, 16]);
    expect(exclude.results[1]!.total).toBe(43);
    // propagate on P, Pa and Q: Pa (a1 missing) and Q (c2 missing) have no score, so neither has P,
    // whose child Pa has none, and the total (scheme: exclude) has no top-level area to average.
    const f = framework({ policy: 'exclude' }, { policy: 'propagate' });
    const a = assess(f, observations, { period: '2025' });
    expect(a.results[1]!.areas.map((r) => r.score)).toEqual([null, null, 80, null]);
    expect(a.results[1]!.areas.map((r) => r.flags)).toEqual([['missing'], ['missing'], [], ['missing']]);
    expect(a.results[1]!.total).toBeNull();
    // u1 has every value: Pa 50, Pb 80, P 65, Q 50, total 57.5, as under exclude.
    expect(a.results[0]!.areas.map((r) => r.score)).toEqual([65, 50, 80, 50]);
    expect(a.results[0]!.total).toBe(57.5);
    // Each level is reported, children before parents, naming the child without a score.
    const said = a.diagnostics.filter((d) => d.code === 'missing_propagated');
    expect(said.map((d) => [d.severity, d.unit, d.area])).toEqual([
      ['info', 'u2', 'Pa'],
      ['info', 'u2', 'P'],
      ['info', 'u2', 'Q'],
    ]);
    expect(said[0]!.message.en).toBe(
      'u2 has no score for area Pa: a1 has none, and the area\'s missing-data policy is "propagate"',
    );
    expect(said[1]!.message.zh).toBe('u2 的领域 P 无得分：Pa 无得分，且该领域缺失处理规则为“向上传递”');
    // The present cells of an area that propagated do not count.
    expect(a.cells.flags.slice(5, 10)).toEqual([
      ['missing', 'excluded'],
      ['excluded'],
      [],
      ['excluded'],
      ['missing', 'excluded'],
    ]);
  });

  it('propagates the same way in areas scored unit by unit (a geometric mean) as in the row pass', () => {
    const row = framework({ policy: 'exclude' }, { policy: 'propagate' });
    const geo = framework({ policy: 'exclude' }, { policy: 'propagate' }, { method: 'geometricMean' });
    expect(areaScores(geo, 1)).toEqual(areaScores(row, 1));
    // u1's Q: √(90 × 10) = 30 (to the last bits of the logarithms).
    expect(areaScores(geo, 0).slice(0, 3)).toEqual([65, 50, 80]);
    expect(areaScores(geo, 0)[3]).toBeCloseTo(30, 12);
  });

  it("as the scheme's policy, carries a missing top-level area up to the total, with a warning", () => {
    // Every area inherits propagate; u2 lacks a1 only now, so Q is scored: P is missing, and the total too.
    const f = framework({ policy: 'propagate' });
    const obs = observations.map((o) => (o.unit === 'u2' && o.indicator === 'c2' ? { ...o, value: 4 } : o));
    const a = assess(f, obs, { period: '2025' });
    expect(a.results[1]!.areas.map((r) => [r.score, r.points])).toEqual([
      [null, null],
      [null, null],
      [80, null],
      [10, null],
    ]);
    expect(a.results[1]!.total).toBeNull();
    expect(a.results[1]!.rank).toBeNull();
    expect(a.diagnostics.map((d) => [d.code, d.severity, d.area ?? null])).toEqual([
      ['missing_propagated', 'info', 'Pa'],
      ['missing_propagated', 'info', 'P'],
      ['missing_propagated', 'warning', 'P'],
      ['no_total', 'warning', null],
    ]);
    expect(explain(a, { unit: 'u2', lang: 'en' })!.whyNoTotal).toEqual([
      {
        en: 'u2 has no total: area P has no score, and the scheme\'s missing-data policy is "propagate"',
        zh: 'u2 无总分：领域 P 无得分，且考核办法的缺失处理规则为“向上传递”',
      },
    ]);
    // u1 is whole: the same total as under exclude.
    expect(a.results[0]!.total).toBe(57.5);
  });
});
