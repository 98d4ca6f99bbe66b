import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { checkPoints } from './checkPoints.js';
import { assess } from '../../scoring/assess/assess.js';

// A 100-point scheme in four categories of 30 / 40 / 20 / 10 points (考核目标体系 style), the
// items of each adding up to their category: `items` overrides the points of the first one's.
function pointsScheme(items: number[] = [2.75, 1.83, 0.92, 24.5], tolerance?: number) {
  const cats: Array<[string, number, number[]]> = [
    ['c1', 30, items],
    ['c2', 40, [25, 15]],
    ['c3', 20, [20]],
    ['c4', 10, [4, 6]],
  ];
  return {
    id: 'points',
    version: '1',
    title: { zh: '分值体系' },
    jurisdiction: { zh: '某省' },
    period: { start: '2024', end: '2026' },
    areas: cats.map(([id, points]) => ({ id, title: { zh: id }, points })),
    goals: [],
    indicators: cats.flatMap(([area, , pts]) =>
      pts.map((points, k) => ({
        id: `${area}-${k}`,
        title: { zh: `${area}-${k}` },
        area,
        unitOfMeasure: { zh: '分' },
        polarity: 'higher',
        attribute: 'expected',
        baseline: { value: 0, period: '2020' },
        target: { value: 100, period: '2025', comparator: '>=' },
        scoring: { method: 'value' },
        points,
        responsible: 'gov',
      })),
    ),
    measures: [],
    units: [{ id: 'gov', name: { zh: '省政府' }, kind: 'province', tags: [] }],
    redLines: [],
    scheme: {
      version: '1',
      totalPoints: 100,
      ...(tolerance === undefined ? {} : { pointsTolerance: tolerance }),
      grades: [{ id: 'any', label: { zh: '任意' }, min: 0, inclusive: true }],
      rounding: { digits: 2, mode: 'halfUp' },
      missing: { policy: 'zero' },
      rules: [],
    },
  };
}

const codes = (doc: unknown): string[] => checkPoints(doc).map((i) => `${i.at} ${i.code}`);

describe('checkPoints', () => {
  it('accepts items whose points add up to their category, and categories that add up to the total', () => {
    // 2.75 + 1.83 + 0.92 + 24.5 = 30.
    expect(parseFramework(pointsScheme()).ok).toBe(true);
  });

  it("reports points that do not add up to their parent's: never rescaled in silence", () => {
    // 2.75 + 1.83 + 0.92 + 23.82 = 29.32 against 30.
    const doc = pointsScheme([2.75, 1.83, 0.92, 23.82]);
    expect(codes(doc)).toEqual(['indicators[0].points points_sum']);
    const [issue] = checkPoints(doc);
    expect(issue!.message.zh).toContain('领域“c1”下各项分值合计为 29.32，应为 30（该领域分值）');
    expect(issue!.message.en).toContain('points of the children of area "c1" add up to 29.32, not 30');
  });

  it('takes published rounded points within the declared tolerance, and no further', () => {
    // Published to two decimals, the items sum to 30.02: refused at 1e-9, accepted at 0.05.
    const rounded = [2.75, 1.83, 0.92, 24.52];
    expect(codes(pointsScheme(rounded))).toEqual(['indicators[0].points points_sum']);
    expect(codes(pointsScheme(rounded, 0.05))).toEqual([]);
    expect(codes(pointsScheme([2.75, 1.83, 0.92, 24.6], 0.05))).toEqual(['indicators[0].points points_sum']);
  });

  it("checks the top-level categories against the scheme's total points", () => {
    const doc = pointsScheme();
    doc.areas[3]!.points = 12;
    doc.indicators.find((i) => i.id === 'c4-1')!.points = 8;
    expect(codes(doc)).toEqual(['areas[0].points points_sum']);
    expect(checkPoints(doc)[0]!.message.en).toContain("add up to 102, not 100 (the scheme's totalPoints)");
  });

  it('reports a group mixing weights and points, and speaks of points where a member has none', () => {
    const mixed = pointsScheme() as ReturnType<typeof pointsScheme> & { indicators: Array<Record<string, unknown>> };
    mixed.indicators[4] = { ...mixed.indicators[4]!, points: undefined, weight: 25 };
    expect(codes(mixed)).toEqual(['indicators[4].weight mixed_weight_points']);
    const none = pointsScheme() as ReturnType<typeof pointsScheme> & { indicators: Array<Record<string, unknown>> };
    delete none.indicators[4]!.points;
    const r = parseFramework(none);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.code, i.message.zh])).toEqual([
      ['indicators[4].points', 'missing_weight', '缺少分值（points）：领域“c2”下的同级项均有分值，缺省将被默认为 1 分'],
    ]);
  });

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
});
