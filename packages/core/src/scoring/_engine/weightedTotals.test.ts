import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weightedMeanInto } from '../_lib/weightedMeanInto.js';
import { weightedTotals } from './weightedTotals.js';

describe('weightedTotals()', () => {
  /** weightedTotals against weightedMeanInto, unit by unit, to the bit. */
  const sameBits = (value: fc.Arbitrary<number>, weight: fc.Arbitrary<number>): void => {
    const score = fc.option(value, { nil: null, freq: 4 });
    const input = fc.integer({ min: 1, max: 6 }).chain((R) =>
      fc.record({
        mean: fc.boolean(),
        weights: fc.array(weight, { minLength: R, maxLength: R }),
        // Area columns at a * n + u; the roots are a shuffled subset of 8 areas.
        roots: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: R, maxLength: R }),
        units: fc.array(fc.array(score, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ mean, weights, roots, units }) => {
        const n = units.length;
        const score = new Float64Array(8 * n);
        units.forEach((row, u) => row.forEach((x, a) => (score[a * n + u] = x ?? Number.NaN)));
        const weightUsed = new Float64Array(8 * n).fill(-1);
        const scores = new Float64Array(n);
        const ws = Float64Array.from(weights);
        weightedTotals(mean, Int32Array.from(roots), ws, { n, score, weightUsed }, scores);
        units.forEach((row, u) => {
          const xs = Float64Array.from(roots, (a) => row[a] ?? Number.NaN);
          const used = new Float64Array(roots.length);
          const want = weightedMeanInto(mean, xs, ws, roots.length, used);
          expect(Object.is(scores[u], want)).toBe(true);
          roots.forEach((a, r) => expect(Object.is(weightUsed[a * n + u], used[r])).toBe(true));
        });
        // Areas that are not roots keep their weights.
        for (let a = 0; a < 8; a++)
          if (!roots.includes(a)) for (let u = 0; u < n; u++) expect(weightUsed[a * n + u]).toBe(-1);
      }),
      { numRuns: 500 },
    );
  };

  it('gives every unit the score and weights used of weightedMeanInto, bit for bit (property)', () => {
    sameBits(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 50, noNaN: true })),
    );
  });

  it('does so too for scores and weights anywhere in the doubles, and sums of 0 (property)', () => {
    sameBits(
      fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0)),
      fc.oneof(fc.constant(0), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })),
    );
  });
});
