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
import { compensatedSum } from '../_lib/compensatedSum.js';
import { gradeOf } from '../assess/gradeOf.js';

const v = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../../test/fixtures/research-vectors.json', import.meta.url)), 'utf8'));

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
    fc.assert(fc.property(values, fc.double({ min: 0.1, max: 1000, noNaN: true }), (xs, c) => {
      const ws = xs.map((_, k) => 1 + (k % 3));
      for (const f of [aggregateWeightedMean, aggregateGeometricMean, aggregateHarmonicMean]) {
        const y = f(xs, ws)!;
        expect(y).toBeGreaterThanOrEqual(Math.min(...xs) * (1 - 1e-12));
        expect(y).toBeLessThanOrEqual(Math.max(...xs) * (1 + 1e-12));
        expect(f(xs, ws.map((w) => w * c))!).toBeCloseTo(y, 9);
      }
    }));
  });
  it('order the means: harmonic ≤ geometric ≤ arithmetic (property)', () => {
    fc.assert(fc.property(values, (xs) => {
      const h = aggregateHarmonicMean(xs)!;
      const g = aggregateGeometricMean(xs)!;
      const a = aggregateWeightedMean(xs)!;
      expect(h).toBeLessThanOrEqual(g * (1 + 1e-12));
      expect(g).toBeLessThanOrEqual(a * (1 + 1e-12));
    }));
  });
  it('give the value itself when all values are equal (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: 1, max: 9 }), (x, n) => {
      const xs = new Array<number>(n).fill(x);
      expect(aggregateWeightedMean(xs)).toBeCloseTo(x, 12);
      expect(aggregateGeometricMean(xs)).toBeCloseTo(x, 10);
    }));
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
    expect(aggregateGeneralizedMean([1, 2, 3], [2, 1, 1], -1)).toBeCloseTo(aggregateHarmonicMean([1, 2, 3], [2, 1, 1])!, 12);
  });
  it('T19: two units that split the indicators outrank each other by half and tie at 0', () => {
    const r = aggregateCopeland([[1, 2], [2, 1]]);
    expect(r.outranking).toEqual([[0, 0.5], [0.5, 0]]);
    expect(r.scores).toEqual([0, 0]);
  });
});

describe('T36 (low authority, OKR practice): an objective scored from its key results', () => {
  it('averages KR scores 0.77, 0.67 and 0.80 to 0.746667, which the traffic-light bands call green (≥ 0.7)', () => {
    const objective = aggregateWeightedMean([0.77, 0.67, 0.8])!;
    expect(objective).toBeCloseTo(0.746667, 6);
    const bands = [{ id: 'green', min: 0.7, inclusive: true }, { id: 'yellow', min: 0.4, inclusive: true }, { id: 'red', min: 0, inclusive: true }];
    expect(gradeOf(objective, bands)).toBe('green');
  });
});
