/**
 * A 100-point scheme in four categories of 30 / 40 / 20 / 10 points (考核目标体系 style), the
 * items of each adding up to their category: `items` overrides the points of the first one's;
 * `tolerance` is the scheme's `pointsTolerance`.
 */
export function pointsScheme(items: number[] = [2.75, 1.83, 0.92, 24.5], tolerance?: number) {
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
