import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { parseFramework } from '../../model/parseFramework.js';
import { pointsScheme } from '../../model/_fixtures/pointsScheme.js';

describe('assess() on a scheme in points', () => {
  it('gives an item at full score exactly its points in the assessment', () => {
    const r = parseFramework(pointsScheme());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const observations = r.value.indicators.map((i) => ({ indicator: i.id, unit: 'gov', period: '2025', value: 100 }));
    const a = assess(r.value, observations, { period: '2025' });
    // The 4-point item of c4 earns 4 (it earned 3.87 when its siblings' points were rescaled).
    expect(a.cells.points[r.value.indicators.findIndex((i) => i.id === 'c4-0')]).toBeCloseTo(4, 12);
    expect(a.results[0]!.areas.map((x) => x.points)).toEqual([30, 40, 20, 10]);
    expect(a.results[0]!.total).toBe(100);
  });

  it('scores and ranks with no grade where the scheme declares none (a published index)', () => {
    const doc = pointsScheme() as ReturnType<typeof pointsScheme> & { scheme: Record<string, unknown> };
    doc.scheme.grades = [];
    const r = parseFramework(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const observations = r.value.indicators.map((i) => ({ indicator: i.id, unit: 'gov', period: '2025', value: 50 }));
    const a = assess(r.value, observations, { period: '2025' });
    expect(a.scheme.grades).toEqual([]);
    expect(a.results.map((x) => [x.total, x.rank, x.grade, x.gradeByPoints])).toEqual([[50, 1, null, null]]);
  });
});
