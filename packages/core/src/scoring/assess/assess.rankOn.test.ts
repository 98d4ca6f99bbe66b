import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { parseFramework } from '../../model/parseFramework.js';
import { pointsScheme } from '../../model/_fixtures/pointsScheme.js';

// Two provinces of the 100-point scheme: every item 80, except Anhui's 20-point item c3-0 at
// 80.02, so Anhui totals 80 + 20 × 0.02 / 100 = 80.004 and Fujian 80: both 80.00 to two decimals.
function run(rankOn?: 'total' | 'totalUnrounded', thresholds?: unknown) {
  const doc = pointsScheme() as ReturnType<typeof pointsScheme> & {
    scheme: Record<string, unknown>;
    indicators: Array<Record<string, unknown>>;
  };
  doc.units.push(
    { id: 'fujian', name: { zh: '福建' }, kind: 'province', tags: [] },
    { id: 'anhui', name: { zh: '安徽' }, kind: 'province', tags: [] },
  );
  if (rankOn) doc.scheme.rankOn = rankOn;
  if (thresholds) doc.indicators[0]!.thresholds = thresholds;
  const r = parseFramework(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const observations = ['fujian', 'anhui'].flatMap((unit) =>
    r.value.indicators.map((i) => ({
      indicator: i.id,
      unit,
      period: '2025',
      value: unit === 'anhui' && i.id === 'c3-0' ? 80.02 : 80,
    })),
  );
  return assess(r.value, observations, { period: '2025', units: ['fujian', 'anhui'] });
}

describe('scheme.rankOn', () => {
  it('ranks on the published, rounded total when not given: a tie at two decimals shares the rank', () => {
    const a = run();
    expect(a.results.map((r) => [r.total, r.rank])).toEqual([
      [80, 1],
      [80, 1],
    ]);
    expect(a.scheme).not.toHaveProperty('rankOn');
  });

  it('ranks on the unrounded total where the scheme says so, as the SDG Index ranks', () => {
    const a = run('totalUnrounded');
    expect(a.results.map((r) => r.total)).toEqual([80, 80]);
    expect(a.results.map((r) => r.rank)).toEqual([2, 1]);
    expect(a.results[1]!.totalUnrounded).toBeCloseTo(80.004, 12);
    expect(a.scheme.rankOn).toBe('totalUnrounded');
  });
});

describe('indicator thresholds', () => {
  it('are carried in the assessment as declared', () => {
    const a = run(undefined, { green: 97.2, red: 82.1 });
    expect(a.indicators[0]!.thresholds).toEqual({ green: 97.2, red: 82.1 });
    expect(a.indicators[1]).not.toHaveProperty('thresholds');
  });

  it('are refused, with a path, when green is not above red', () => {
    const doc = pointsScheme() as ReturnType<typeof pointsScheme> & { indicators: Array<Record<string, unknown>> };
    doc.indicators[0]!.thresholds = { green: 40, red: 80 };
    const r = parseFramework(doc);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.message.zh])).toEqual([
      ['indicators[0].thresholds.green', '绿色阈值（green）须高于红色阈值（red），二者均为 0–100 得分'],
    ]);
  });
});
