import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreBands } from './scoreBands.js';
import { scoreBoolean } from './scoreBoolean.js';
import { scoreDeduction } from './scoreDeduction.js';

const v = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../../test/fixtures/research-vectors.json', import.meta.url)), 'utf8'),
);

describe('scoreDeduction', () => {
  it('scores PM10 74.6 against a target of 70 with 3 points at 0.5 per µg/m³ as 0.7', () => {
    expect(scoreDeduction(74.6, { target: 70, full: 3, ratePerUnit: 0.5, direction: -1 })).toBeCloseTo(0.7, 9);
  });
  it.each([
    [v.cn_deduction[0].actual, 70, 3, 0.5, -1, v.cn_deduction[0].score],
    [v.cn_deduction[1].actual, 80, 1, 0.25, 1, v.cn_deduction[1].score],
    [v.cn_deduction[2].actual, 35, 1, 0.5, -1, v.cn_deduction[2].score],
  ])(
    'matches the Chinese rule vector: actual %d, target %d, %d points at %d per unit, direction %d → %d',
    (x, target, full, ratePerUnit, direction, y) => {
      expect(scoreDeduction(x, { target, full, ratePerUnit, direction: direction as 1 | -1 })).toBeCloseTo(y, 9);
    },
  );
  it('never goes below 0 or above the full points (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (x, rate) => {
          const s = scoreDeduction(x, { target: 50, full: 5, ratePerUnit: rate, direction: 1 })!;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});

describe('scoreBands', () => {
  const bands = [
    { min: 90, points: 5 },
    { min: 80, max: 90, points: 3 },
    { max: 80, points: 1 },
  ];
  it('honours declared edges: 90 is in the top band, 89.9 is not', () => {
    expect(scoreBands(90, bands)).toBe(5);
    expect(scoreBands(89.9, bands)).toBe(3);
    expect(scoreBands(80, bands)).toBe(3);
    expect(scoreBands(79.99, bands)).toBe(1);
  });
  it('gives 0 when no band matches and null for missing', () => {
    expect(scoreBands(5, [{ min: 10, points: 2 }])).toBe(0);
    expect(scoreBands(null, bands)).toBeNull();
  });
});

describe('scoreBoolean', () => {
  it('gives all or nothing, and nothing for missing', () => {
    expect(scoreBoolean(true, { points: 2 })).toBe(2);
    expect(scoreBoolean(false, { points: 2 })).toBe(0);
    expect(scoreBoolean(null, { points: 2 })).toBeNull();
  });
});

describe('scoreDeduction at the numeric edges', () => {
  it('measures a gap beyond the doubles in halves: a zero rate loses nothing, a small rate a finite loss', () => {
    // gap = 1e308 − (−1e308) overflows; 0 × ∞ gave NaN. 1e-308 × 2e308 = 2 points lost.
    expect(scoreDeduction(-1e308, { target: 1e308, full: 10, ratePerUnit: 0, direction: 1 })).toBe(10);
    expect(scoreDeduction(-1e308, { target: 1e308, full: 10, ratePerUnit: 1e-308, direction: 1 })).toBeCloseTo(8, 12);
    expect(scoreDeduction(1e308, { target: -1e308, full: 10, ratePerUnit: 1, direction: -1 })).toBe(0);
    expect(
      scoreDeduction(1e308, { target: -1e308, full: Number.MAX_VALUE, ratePerUnit: Number.MAX_VALUE, direction: -1 }),
    ).toBe(0);
  });
});
