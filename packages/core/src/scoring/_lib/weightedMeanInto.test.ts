import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weightedMeanInto } from './weightedMeanInto.js';

const run = (mean: boolean, xs: number[], ws: number[]): { y: number; used: number[] } => {
  const used = new Float64Array(xs.length);
  const y = weightedMeanInto(mean, xs, ws, xs.length, used);
  return { y, used: Array.from(used) };
};

describe('weightedMeanInto', () => {
  it('is Σwx/Σw with shares w/Σw, NaN values missing (mean), or Σwx/Σ all w (sum)', () => {
    expect(run(true, [80, Number.NaN, 60], [1, 5, 3])).toEqual({ y: 65, used: [0.25, Number.NaN, 0.75] });
    expect(run(false, [80, Number.NaN, 60], [1, 5, 3])).toEqual({ y: 260 / 9, used: [1 / 9, Number.NaN, 3 / 9] });
    expect(run(true, [Number.NaN], [1]).y).toBeNaN();
  });
  it('survives weights whose sum overflows: shares 1/2, mean 2', () => {
    expect(run(true, [1, 3], [1e308, 1e308])).toEqual({ y: 2, used: [0.5, 0.5] });
    expect(run(false, [1, Number.NaN], [1e308, 1e308])).toEqual({ y: 0.5, used: [0.5, Number.NaN] });
  });
  it('survives values whose products or sums overflow', () => {
    expect(run(true, [1e308, 1.7e308], [1, 1]).y).toBe(1.35e308);
    expect(run(true, [Number.MAX_VALUE, Number.MAX_VALUE], [3, 3]).y).toBe(Number.MAX_VALUE);
    // ±1e308 cancel: 5/3 is computed 2^-1023 below the largest value's scale, so to within a few
    // ulps (the accuracy of any sum is relative to its largest term, here 1e308).
    expect(run(true, [-1e308, 1e308, 5], [1e10, 1e10, 1e10]).y).toBeCloseTo(5 / 3, 14);
  });
  it('keeps products that underflow: 0.5 weighted by two subnormal weights is 0.5, not 0', () => {
    // 0.5 · 5e-324 rounds to 0; the weights over 5e-324 are 1 and 1.
    expect(run(true, [0.5, 0.5], [5e-324, 5e-324])).toEqual({ y: 0.5, used: [0.5, 0.5] });
    expect(run(true, [5e-324, 5e-324, 5e-324, 5e-324], [1, 0.4, 0.4, 0.4]).y).toBe(5e-324);
  });
  it('gives the bits of the plain sums wherever those neither overflow nor underflow (property)', () => {
    const x = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-100);
    const w = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(x, w), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -60, max: 60 }),
        (pairs, k) => {
          // Scaling every weight by 2^k is exact here and changes no bit of the mean, whichever path it takes.
          const xs = pairs.map(([v]) => v);
          const ws = pairs.map(([, v]) => v);
          const a = run(true, xs, ws);
          const b = run(
            true,
            xs,
            ws.map((v) => v * 2 ** k),
          );
          expect(Object.is(a.y, b.y) || (a.y !== a.y && b.y !== b.y)).toBe(true);
        },
      ),
    );
  });
  it('lies within [min, max] of the values that count, for any finite values and weights (property)', () => {
    const x = fc.double({ noNaN: true, noDefaultInfinity: true });
    const w = fc.double({ min: 0, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(x, w), { minLength: 1, maxLength: 8 }), fc.boolean(), (pairs, mean) => {
        const xs = pairs.map(([v]) => v);
        const { y } = run(
          mean,
          xs,
          pairs.map(([, v]) => v),
        );
        const counted = pairs.filter(([, v]) => v > 0).map(([v]) => v);
        if (counted.length === 0) return;
        // The sum with missing as 0 divides by all weights: within [min(0, min), max(0, max)].
        const lo = Math.min(...counted, mean ? Number.POSITIVE_INFINITY : 0);
        const hi = Math.max(...counted, mean ? Number.NEGATIVE_INFINITY : 0);
        expect(Number.isFinite(y)).toBe(true);
        const slack = 1e-12 * Math.max(Math.abs(lo), Math.abs(hi));
        expect(y).toBeGreaterThanOrEqual(lo - slack);
        expect(y).toBeLessThanOrEqual(hi + slack);
      }),
      { numRuns: 2000 },
    );
  });
});
