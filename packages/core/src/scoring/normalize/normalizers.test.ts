import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeMinMax } from './normalizeMinMax.js';
import { normalizeDistanceToTarget } from './normalizeDistanceToTarget.js';
import { normalizeEfficacy } from './normalizeEfficacy.js';
import { normalizeZScore } from './normalizeZScore.js';
import { normalizeRank } from './normalizeRank.js';
import { normalizePercentRank } from './normalizePercentRank.js';
import { normalizeBorda } from './normalizeBorda.js';

const v = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../../test/fixtures/research-vectors.json', import.meta.url)), 'utf8'),
);
const maybe = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 5 });

describe('normalizeMinMax', () => {
  it('matches COINr n_minmax(1:10, l_u = c(2, 7))', () => {
    const y = normalizeMinMax(v.coinr_minmax.x, { range: v.coinr_minmax.l_u });
    y.forEach((yi, k) => expect(yi).toBeCloseTo(v.coinr_minmax.y[k], 12));
  });
  it('matches the COINr issue 19 NEET vector with direction −1 against the full column', () => {
    const { raw, min, max, y } = v.coinr_issue19_neet;
    const out = normalizeMinMax([...raw, min, max], { direction: -1 });
    y.forEach((yi: number, k: number) => expect(out[k]).toBeCloseTo(yi, 10));
  });
  it('keeps missing values missing and gives equal values the top of the range', () => {
    expect(normalizeMinMax([4, null, 4])).toEqual([100, null, 100]);
    expect(normalizeMinMax([])).toEqual([]);
  });
  it('stays in range and is monotone in the direction (property)', () => {
    fc.assert(
      fc.property(fc.array(maybe, { maxLength: 30 }), fc.constantFrom<1 | -1>(1, -1), (xs, d) => {
        const ys = normalizeMinMax(xs, { direction: d });
        ys.forEach((y, k) => {
          if (xs[k] === null) return expect(y).toBeNull();
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(100);
          ys.forEach((z, j) => {
            if (z !== null && d * xs[j]! > d * xs[k]!) expect(z).toBeGreaterThanOrEqual(y!);
          });
        });
      }),
    );
  });
  it('permuting the inputs permutes the outputs (property)', () => {
    fc.assert(
      fc.property(fc.array(maybe, { maxLength: 20 }), (xs) => {
        expect(normalizeMinMax([...xs].reverse())).toEqual(normalizeMinMax(xs).reverse());
      }),
    );
  });
});

describe('normalizeDistanceToTarget', () => {
  // COINr measures progress from the column's worst value (min for direction 1, max for −1).
  type Case = [x: number, baseline: number, target: number, cap: boolean, y: number];
  const cases: Case[] = (
    v.coinr_dist2targ as Array<{ x: number[]; targ: number; dir: number; cap: boolean; y: number[] }>
  ).flatMap((c) =>
    c.x.map((x, k): Case => [x, c.dir === 1 ? Math.min(...c.x) : Math.max(...c.x), c.targ, c.cap, c.y[k]!]),
  );
  it.each(cases)(
    'matches COINr n_dist2targ for x = %d (baseline %d, target %d, cap %s)',
    (x, baseline, target, cap, y) => {
      expect(normalizeDistanceToTarget(x, { baseline, target, cap })).toBeCloseTo(y, 12);
    },
  );
  it('takes its direction from baseline and target', () => {
    expect(normalizeDistanceToTarget(32, { baseline: 38, target: 30 })).toBe(0.75);
    expect(normalizeDistanceToTarget(40, { baseline: 38, target: 30 })).toBe(-0.25);
  });
  it('defines the case of a target equal to the baseline instead of dividing by zero', () => {
    expect(normalizeDistanceToTarget(5, { baseline: 5, target: 5 })).toBe(1);
    expect(normalizeDistanceToTarget(6, { baseline: 5, target: 5 })).toBeNull();
    expect(normalizeDistanceToTarget(null, { baseline: 0, target: 1 })).toBeNull();
  });
});

describe('normalizeEfficacy', () => {
  it('scores 60–100 as the Green Development Index does, in both directions', () => {
    expect(normalizeEfficacy([10, 20, 30], { direction: 1 })).toEqual([60, 80, 100]);
    expect(normalizeEfficacy([10, 20, 30, null], { direction: -1 })).toEqual([100, 80, 60, null]);
  });
});

describe('normalizeZScore', () => {
  it('gives every value the mean when all are equal, even where their computed mean is an ulp off (fuzzing found [0.1, 0.1, 0.1])', () => {
    expect(normalizeZScore([0.1, 0.1, 0.1])).toEqual([0, 0, 0]);
    expect(normalizeZScore([0.7, null, 0.7, 0.7], { mean: 50, sd: 10 })).toEqual([50, null, 50, 50]);
  });
  it('uses the sample standard deviation (n − 1) as COINr n_zscore', () => {
    expect(normalizeZScore([1, 2, 3])).toEqual([-1, 0, 1]);
    expect(normalizeZScore([1, 2, 3], { mean: 10, sd: 2 })).toEqual([8, 10, 12]);
  });
  it('gives every value the mean when there is no spread or a single value', () => {
    expect(normalizeZScore([5, 5, null])).toEqual([0, 0, null]);
    expect(normalizeZScore([7])).toEqual([0]);
  });
});

describe('numeric edges (hand-computed)', () => {
  const MAX = Number.MAX_VALUE;
  it('normalizeMinMax: a spread beyond the doubles is measured on halves, exactly', () => {
    // max − min = 2e308 overflows; the plain formula gave [0, 0, 0].
    expect(normalizeMinMax([-1e308, 0, 1e308])).toEqual([0, 50, 100]);
    expect(normalizeMinMax([-MAX, MAX], { direction: -1 })).toEqual([100, 0]);
    expect(normalizeMinMax([0, 5e-324, 1e-323])).toEqual([0, 50, 100]);
  });
  it('normalizeMinMax: an output range wider than the doubles', () => {
    expect(normalizeMinMax([1, 2, 3], { range: [-1e308, 1e308] })).toEqual([-1e308, 0, 1e308]);
    expect(normalizeMinMax([1, 2], { range: [-MAX, MAX] })).toEqual([-MAX, MAX]);
  });
  it('normalizeDistanceToTarget: a baseline and target 2e308 apart; progress beyond the doubles', () => {
    expect(normalizeDistanceToTarget(0, { baseline: -1e308, target: 1e308 })).toBe(0.5);
    expect(normalizeDistanceToTarget(1e308, { baseline: 1e308, target: -1e308 })).toBe(-0); // 0 / −span, as IEEE says
    expect(normalizeDistanceToTarget(1, { baseline: 0, target: 5e-324 })).toBe(1);
    expect(normalizeDistanceToTarget(1, { baseline: 0, target: 5e-324, cap: false })).toBeNull();
    expect(normalizeDistanceToTarget(-1, { baseline: 0, target: 5e-324 })).toBeNull();
    expect(normalizeDistanceToTarget(1e-323, { baseline: 0, target: 5e-324, cap: false })).toBe(2);
  });
  it('normalizeZScore: values whose sum or squares overflow, or whose squares underflow', () => {
    // z-scores do not depend on the unit: 1e308 × [1, 1.5, 1.7] scores as [1, 1.5, 1.7].
    const big = normalizeZScore([1e308, 1.5e308, 1.7e308]);
    normalizeZScore([1, 1.5, 1.7]).forEach((z, k) => expect(big[k]).toBeCloseTo(z!, 14));
    // (±2.5e-324)² underflows to 0: the plain formula gave s = 0, so both got the mean.
    for (const pair of [
      [0, 5e-324],
      [-MAX, MAX],
    ]) {
      const [a, b] = normalizeZScore(pair);
      expect(a).toBeCloseTo(-Math.SQRT1_2, 15);
      expect(b).toBeCloseTo(Math.SQRT1_2, 15);
    }
  });
  it('normalizeZScore: a result beyond the doubles (an sd that large) is null', () => {
    // z = −1, 0, 1: MAX − MAX = 0, MAX, and MAX + MAX, which no double holds.
    expect(normalizeZScore([1, 2, 3], { sd: MAX, mean: MAX })).toEqual([0, MAX, null]);
  });
});

describe('normalizeRank, normalizePercentRank, normalizeBorda', () => {
  it('match COINr with ties at the minimum rank', () => {
    expect(normalizeRank(v.coinr_rank.x)).toEqual(v.coinr_rank.rank_min);
    expect(normalizeBorda(v.coinr_rank.x)).toEqual(v.coinr_rank.borda);
    expect(normalizePercentRank(v.coinr_rank.x)).toEqual(v.coinr_rank.prank);
  });
  it('skip missing values', () => {
    expect(normalizeRank([2, null, 1])).toEqual([2, null, 1]);
    expect(normalizePercentRank([5])).toEqual([1]);
  });
});

describe('T35 (low authority, formula unverified): the GDI efficacy coefficient', () => {
  it('scores X = 75 in [60, 90] as 80, and X = 0.5 in [0.3, 0.8] lower-is-better as 84', () => {
    expect(normalizeEfficacy([60, 75, 90], { direction: 1 })[1]).toBe(80);
    expect(normalizeEfficacy([0.3, 0.5, 0.8], { direction: -1 })[1]).toBeCloseTo(84, 12);
  });
});
