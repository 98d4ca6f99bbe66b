import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minMaxScales } from './minMaxScales.js';
import { minMaxScore } from './minMaxScore.js';
import { normalizeMinMax } from '../normalize/normalizeMinMax.js';

describe('minMaxScales()', () => {
  it('scores every value of every picked column with the bits of normalizeMinMax, any number of rows and columns (property)', () => {
    // Moderate values, and any double (spreads beyond the doubles are taken on halves).
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(Number.NaN, 0, -0, 1.7e308, -1.7e308),
    );
    // Up to 150 rows: more than one block of 64.
    const input = fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 0, max: 150 })).chain(([m, n]) =>
      fc.record({
        m: fc.constant(m),
        n: fc.constant(n),
        picked: fc.uniqueArray(fc.integer({ min: 0, max: m - 1 }), { maxLength: m }),
        directions: fc.array(fc.constantFrom(1 as const, -1 as const), { minLength: m, maxLength: m }),
        values: fc.array(value, { minLength: n * m, maxLength: n * m }),
      }),
    );
    fc.assert(
      fc.property(input, ({ m, n, picked, directions, values }) => {
        const raw = Float64Array.from(values);
        const scales = minMaxScales(
          raw,
          n,
          m,
          Int32Array.from(picked),
          Float64Array.from(picked, (_, c) => directions[c]!),
        );
        picked.forEach((i, c) => {
          const column = Array.from({ length: n }, (_, u) =>
            raw[u * m + i]! !== raw[u * m + i]! ? null : raw[u * m + i]!,
          );
          const want = normalizeMinMax(column, { direction: directions[c]! });
          column.forEach((v, u) => {
            if (v === null) return;
            expect(Object.is(minMaxScore(v, scales.factor[c]!, scales.low[c]!, scales.spread[c]!), want[u])).toBe(true);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives a column without a value low +Infinity and spread -Infinity, a constant one spread 0, and halves a spread beyond the doubles', () => {
    const raw = Float64Array.of(Number.NaN, 5, -1e308, Number.NaN, 5, 1e308);
    const got = minMaxScales(raw, 2, 3, Int32Array.of(0, 1, 2), Float64Array.of(1, -1, 1));
    expect([...got.low]).toEqual([Number.POSITIVE_INFINITY, -5, -0.5e308]);
    expect([...got.spread]).toEqual([Number.NEGATIVE_INFINITY, 0, 1e308]);
    expect([...got.factor]).toEqual([1, -1, 0.5]);
  });

  it('does not change its input', () => {
    const raw = Float64Array.of(3, 1, 2, Number.NaN);
    minMaxScales(raw, 2, 2, Int32Array.of(1, 0), Float64Array.of(-1, 1));
    expect([...raw]).toEqual([3, 1, 2, Number.NaN]);
  });
});
