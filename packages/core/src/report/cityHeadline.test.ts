import { describe, expect, it } from 'vitest';
import { cityHeadline } from './cityHeadline.js';
import { assessBundle } from '../accountability/assessBundle.js';
import { parseFramework } from '../model/parseFramework.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import type { AssessmentResults } from '../scoring/assess/assessment.js';

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
if (!f.ok || !o.ok) throw new Error('the example city must parse');
const bundle = { framework: f.value, observations: o.value };
const a2025 = assessBundle(bundle, { period: '2025' });
const a2024 = assessBundle(bundle, { period: '2024' });
const mean = (a: AssessmentResults) => {
  const t = a.results.map((r) => r.total!);
  return Math.round((t.reduce((s, x) => s + x, 0) / t.length) * 10) / 10;
};

describe('cityHeadline', () => {
  it('is the mean of the six districts’ totals on the scheme’s 100 points, graded by the scheme’s bands', () => {
    const h = cityHeadline(a2025, null);
    expect(h.units).toBe(6);
    expect(h.max).toBe(100);
    expect(h.score).toBe(mean(a2025));
    const band = [...a2025.scheme.grades].sort((x, y) => y.min - x.min).find((g) => h.score! >= g.min)!;
    expect(h.grade).toBe(band.id);
    expect(h.previous).toBeNull();
    expect(h.change).toBeNull();
  });

  it('counts the units of each grade in the scheme’s order, a grade nobody got with 0', () => {
    const h = cityHeadline(a2025, null);
    expect(h.grades.map((g) => g.grade)).toEqual(['excellent', 'good', 'pass', 'fail']);
    expect(h.grades.reduce((s, g) => s + g.count, 0)).toBe(6);
    for (const g of h.grades) expect(g.count).toBe(a2025.results.filter((r) => r.grade === g.grade).length);
  });

  it('gives the change since the previous period as the difference of the two rounded means', () => {
    const h = cityHeadline(a2025, a2024);
    expect(h.previous).toEqual({ period: '2024', score: mean(a2024), grade: cityHeadline(a2024, null).grade });
    expect(h.change).toBeCloseTo(mean(a2025) - mean(a2024), 10);
    expect(Number.isInteger(Math.round(h.change! * 10))).toBe(true);
  });

  it('leaves a unit without a total out of the mean and lists it, never counting it as 0', () => {
    const cut = { ...a2025, results: a2025.results.map((r, k) => (k === 0 ? { ...r, total: null, grade: null } : r)) };
    const h = cityHeadline(cut, null);
    expect([h.units, h.withoutTotal]).toEqual([5, [a2025.results[0]!.unit]]);
    const rest = a2025.results.slice(1).map((r) => r.total!);
    expect(h.score).toBe(Math.round((rest.reduce((s, x) => s + x, 0) / 5) * 10) / 10);
  });

  it('has no score, grade or change when no unit has a total', () => {
    const none = { ...a2025, results: a2025.results.map((r) => ({ ...r, total: null, grade: null })) };
    expect(cityHeadline(none, a2024)).toMatchObject({ score: null, grade: null, units: 0, change: null });
  });
});
