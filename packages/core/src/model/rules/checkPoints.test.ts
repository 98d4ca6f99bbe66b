import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { checkPoints } from './checkPoints.js';
import { pointsScheme } from '../_fixtures/pointsScheme.js';

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
    const mixed = pointsScheme() as { indicators: Array<Record<string, unknown>> };
    const { points: _, ...rest } = mixed.indicators[4]!;
    mixed.indicators[4] = { ...rest, weight: 25 };
    expect(codes(mixed)).toEqual(['indicators[4].weight mixed_weight_points']);
    const none = pointsScheme() as { indicators: Array<Record<string, unknown>> };
    delete none.indicators[4]!.points;
    const r = parseFramework(none);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.code, i.message.zh])).toEqual([
      ['indicators[4].points', 'missing_weight', '缺少分值（points）：领域“c2”下的同级项均有分值，缺省将被默认为 1 分'],
    ]);
  });
});
