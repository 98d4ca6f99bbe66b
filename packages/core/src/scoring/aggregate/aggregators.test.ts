import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aggregateWeightedSum } from './aggregateWeightedSum.js';
import { aggregateWeightedMean } from './aggregateWeightedMean.js';
import { aggregateGeometricMean } from './aggregateGeometricMean.js';
import { aggregateHarmonicMean } from './aggregateHarmonicMean.js';
import { aggregateGeneralizedMean } from './aggregateGeneralizedMean.js';
import { aggregateCopeland } from './aggregateCopeland.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { gradeOf } from '../assess/gradeOf.js';

const v = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../../test/fixtures/research-vectors.json', import.meta.url)), 'utf8'),
);

describe('aggregate means', () => {
  it('match the COINr vectors', () => {
    expect(aggregateGeometricMean([1, 2, 3])).toBeCloseTo(v.coinr_means.gmean_123, 12);
    expect(aggregateGeometricMean([1, 2, 3], [1, 1, 2])).toBeCloseTo(v.coinr_means.gmean_123_w112, 12);
    expect(aggregateHarmonicMean([1, 2, 3], [2, 1, 1])).toBeCloseTo(v.coinr_means.hmean_123_w211, 12);
    expect(aggregateGeneralizedMean([1, 2, 3], undefined, 1)).toBeCloseTo(v.coinr_means.genmean_p1, 12);
  });
  it('drop missing values with their weights and renormalise the rest', () => {
    expect(aggregateWeightedMean([80, null, 60], [1, 5, 3])).toBe(65);
    expect(aggregateWeightedSum([10, 20, null], [1, 2, 3])).toBe(50);
  });
  it('define every edge instead of returning NaN', () => {
    expect(aggregateWeightedMean([])).toBeNull();
    expect(aggregateWeightedMean([null, null])).toBeNull();
    expect(aggregateWeightedMean([1, 2], [0, 0])).toBeNull();
    expect(aggregateWeightedMean([1, 2], [1, -1])).toBeNull();
    expect(aggregateWeightedMean([7])).toBe(7);
    expect(aggregateGeometricMean([0, 4])).toBe(0);
    expect(aggregateGeometricMean([-1, 4])).toBeNull();
    expect(aggregateHarmonicMean([0, 4])).toBe(0);
    expect(aggregateGeneralizedMean([1, 4], undefined, 0)).toBe(2);
    expect(aggregateGeneralizedMean([0, 4], undefined, -1)).toBe(0);
  });
  const values = fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 });
  it('lie between the smallest and largest value and do not move when all weights are scaled (property)', () => {
    fc.assert(
      fc.property(values, fc.double({ min: 0.1, max: 1000, noNaN: true }), (xs, c) => {
        const ws = xs.map((_, k) => 1 + (k % 3));
        for (const f of [aggregateWeightedMean, aggregateGeometricMean, aggregateHarmonicMean]) {
          const y = f(xs, ws)!;
          expect(y).toBeGreaterThanOrEqual(Math.min(...xs) * (1 - 1e-12));
          expect(y).toBeLessThanOrEqual(Math.max(...xs) * (1 + 1e-12));
          expect(
            f(
              xs,
              ws.map((w) => w * c),
            )!,
          ).toBeCloseTo(y, 9);
        }
      }),
    );
  });
  it('order the means: harmonic ≤ geometric ≤ arithmetic (property)', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const h = aggregateHarmonicMean(xs)!;
        const g = aggregateGeometricMean(xs)!;
        const a = aggregateWeightedMean(xs)!;
        expect(h).toBeLessThanOrEqual(g * (1 + 1e-12));
        expect(g).toBeLessThanOrEqual(a * (1 + 1e-12));
      }),
    );
  });
  it('give the value itself when all values are equal (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: 1, max: 9 }), (x, n) => {
        const xs = new Array<number>(n).fill(x);
        expect(aggregateWeightedMean(xs)).toBeCloseTo(x, 12);
        expect(aggregateGeometricMean(xs)).toBeCloseTo(x, 10);
      }),
    );
  });
});

describe('numeric edges (hand-computed)', () => {
  const MAX = Number.MAX_VALUE;
  it('aggregateWeightedMean: values or weights whose sums overflow, and products that underflow', () => {
    expect(aggregateWeightedMean([1e308, 1.7e308])).toBe(1.35e308);
    expect(aggregateWeightedMean([MAX, MAX, MAX])).toBe(MAX);
    expect(aggregateWeightedMean([1, 3], [1e308, 1e308])).toBe(2);
    // 0.5 · 5e-324 rounds to 0: the plain sums gave 0 / 1e-323 = 0.
    expect(aggregateWeightedMean([0.5, 0.5], [5e-324, 5e-324])).toBe(0.5);
    expect(aggregateWeightedMean([5e-324, 5e-324])).toBe(5e-324);
    // Sums taken relative to the largest product, not the largest value: 64 has a weight of 5e-324,
    // and the mean is the 1.04e-322 that carries nearly all the weight (relative to 64 it was lost).
    expect(aggregateWeightedMean([5e-324, 1.04e-322, 64], [1.3e293, 1.7976931348623145e308, 5e-324])).toBe(1.04e-322);
  });
  it('aggregateWeightedSum: finite where the sum is, null where it is beyond the doubles', () => {
    // 2 · 1e308 overflows on the way; (2 − 2 + 1) · 1e308 does not.
    expect(aggregateWeightedSum([1e308, -1e308, 1e308], [2, 2, 1])).toBe(1e308);
    expect(aggregateWeightedSum([5e-324, 5e-324], [0.5, 0.5])).toBe(5e-324);
    // 2e-323 is 4 units of 5e-324, so −1.125 · 2e-323 is 4.5 units: −2e-323 (ties to even); the
    // scaled path lost it once the weight over the largest one (8) underflowed.
    expect(aggregateWeightedSum([0, -1.125], [8, 2e-323])).toBe(-2e-323);
    expect(aggregateWeightedSum([1e308, 1e308])).toBeNull();
    expect(aggregateWeightedSum([1e300], [1e300])).toBeNull();
  });
  it('aggregateGeometricMean: weights whose sum overflows or whose products with ln x underflow', () => {
    expect(aggregateGeometricMean([4, 9], [1e308, 1e308])).toBeCloseTo(6, 12);
    // 5e-324 · ln 2 and 5e-324 · ln 8 round to 1 and 2 units: the plain sums gave exp(1.5) = 4.48.
    expect(aggregateGeometricMean([2, 8], [5e-324, 5e-324])).toBeCloseTo(4, 12);
    expect(aggregateGeometricMean([5e-324, 5e-324])).toBe(5e-324);
    // exp(ln x) is good to ε·|ln x| relative: 14 ulps at 1.8e308, and never past the largest double.
    expect(aggregateGeometricMean([MAX, MAX])! / MAX).toBeCloseTo(1, 13);
  });
  it('aggregateHarmonicMean: w/x that overflows for a subnormal x tends to the limit, not to 0', () => {
    // 2 / (1/5e-324 + 1) = 2 · 5e-324 = 1e-323 (the plain sums gave 2 / ∞ = 0).
    expect(aggregateHarmonicMean([5e-324, 1])).toBe(1e-323);
    // (1 + 1e-300) / (1e-300/5e-324 + 1): the tiny value still dominates.
    expect(aggregateHarmonicMean([5e-324, 1], [1e-300, 1])! / (1 / (1e-300 / 5e-324 + 1))).toBeCloseTo(1, 12);
    expect(aggregateHarmonicMean([2, 4], [1e308, 1e308])).toBeCloseTo(8 / 3, 14);
    expect(aggregateHarmonicMean([MAX, MAX])).toBe(MAX);
  });
  it('aggregateGeneralizedMean: tiny p tends to the geometric mean instead of losing the mean', () => {
    // 2^p and 8^p round to 1 for p = 1e-20, so (Σ xᵖ/n)^(1/p) gave 1, outside [2, 8].
    expect(aggregateGeneralizedMean([2, 8], undefined, 1e-20)).toBeCloseTo(4, 14);
    expect(aggregateGeneralizedMean([2, 8], undefined, -1e-20)).toBeCloseTo(4, 14);
    // M_p ≈ G · exp(p σ²/2) with σ² = (ln 2)²: 2 · (1 + 2.4023e-13) for [1, 4] and p = 1e-12.
    expect(aggregateGeneralizedMean([1, 4], undefined, 1e-12)).toBeCloseTo(2 * (1 + (Math.LN2 ** 2 / 2) * 1e-12), 15);
    // Below |p| = 2^-100 the mean is the geometric mean to the last bit.
    expect(aggregateGeneralizedMean([1, 4], undefined, 5e-324)).toBe(aggregateGeometricMean([1, 4]));
  });
  it('aggregateGeneralizedMean: powers that overflow or underflow, and p towards ±∞', () => {
    // ((1e900 + 1e-900)/2)^(1/3) = 1e300 / ∛2; ((1e-900 + 1e900)/2)^(−1/3) = 1e-300 · ∛2.
    expect(aggregateGeneralizedMean([1e300, 1e-300], undefined, 3)! / (1e300 / Math.cbrt(2))).toBeCloseTo(1, 14);
    expect(aggregateGeneralizedMean([1e300, 1e-300], undefined, -3)! / (1e-300 * Math.cbrt(2))).toBeCloseTo(1, 14);
    // ((1 + 2^2000)/2)^(1/2000) = 2 · 2^(−1/2000).
    expect(aggregateGeneralizedMean([1, 2], undefined, 2000)).toBeCloseTo(2 * 2 ** (-1 / 2000), 14);
    expect(aggregateGeneralizedMean([1, 2], undefined, 1e300)).toBe(2);
    expect(aggregateGeneralizedMean([1, 2], undefined, -1e300)).toBe(1);
    expect(aggregateGeneralizedMean([1e308, 1.7e308], [1e308, 1e308], 2)! / Math.sqrt((1 + 1.7 ** 2) / 2)).toBeCloseTo(
      1e308,
      -294,
    );
    // Σ wxᵖ / Σ w = 1.18e-271 / 4.79e52 underflows: ((1.88e-13 · (1.5129e-26)^10) / 4.789e52)^(1/10).
    const expected = 1.5129050198183634e-26 * (1.8831601861092233e-13 / 4.789048565205903e52) ** 0.1;
    expect(
      aggregateGeneralizedMean(
        [1.5129050198183634e-26, 2.5e-323],
        [1.8831601861092233e-13, 4.789048565205903e52],
        10,
      )! / expected,
    ).toBeCloseTo(1, 12);
  });
});

describe('aggregateCopeland', () => {
  it('matches the COINr outranking vector', () => {
    const r = aggregateCopeland(v.coinr_outrank.X);
    expect(r.scores).toEqual(v.coinr_outrank.copeland);
    r.outranking.forEach((row, j) => row.forEach((x, k) => expect(x).toBeCloseTo(v.coinr_outrank.orm[j][k], 12)));
  });
});

describe('compensatedSum', () => {
  it('keeps the small terms a plain sum loses, whatever the order', () => {
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum([1, 1e16, -1e16])).toBe(1);
    expect(compensatedSum([0.1, 0.2, 0.3])).toBe(compensatedSum([0.3, 0.2, 0.1]));
  });
});

describe('more COINr and China vectors', () => {
  it('T17: the generalised mean with p = −1 and weights equals the harmonic mean', () => {
    expect(aggregateGeneralizedMean([1, 2, 3], [2, 1, 1], -1)).toBeCloseTo(
      aggregateHarmonicMean([1, 2, 3], [2, 1, 1])!,
      12,
    );
  });
  it('T19: two units that split the indicators outrank each other by half and tie at 0', () => {
    const r = aggregateCopeland([
      [1, 2],
      [2, 1],
    ]);
    expect(r.outranking).toEqual([
      [0, 0.5],
      [0.5, 0],
    ]);
    expect(r.scores).toEqual([0, 0]);
  });
});

describe('T36 (low authority, OKR practice): an objective scored from its key results', () => {
  it('averages KR scores 0.77, 0.67 and 0.80 to 0.746667, which the traffic-light bands call green (≥ 0.7)', () => {
    const objective = aggregateWeightedMean([0.77, 0.67, 0.8])!;
    expect(objective).toBeCloseTo(0.746667, 6);
    const bands = [
      { id: 'green', min: 0.7, inclusive: true },
      { id: 'yellow', min: 0.4, inclusive: true },
      { id: 'red', min: 0, inclusive: true },
    ];
    expect(gradeOf(objective, bands)).toBe('green');
  });
});
