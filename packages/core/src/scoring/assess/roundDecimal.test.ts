import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundDecimal, roundDecimalByText } from './roundDecimal.js';

describe('roundDecimal', () => {
  it.each([
    [2.675, 2, 'halfUp', 2.68],
    [1.005, 2, 'halfUp', 1.01],
    [86.25, 1, 'halfUp', 86.3],
    [86.25, 1, 'halfEven', 86.2],
    [86.35, 1, 'halfEven', 86.4],
    [0.5, 0, 'halfEven', 0],
    [1.5, 0, 'halfEven', 2],
    [-1.5, 0, 'halfUp', -2],
    [-0.04, 1, 'halfUp', 0],
    [89.95, 1, 'halfUp', 90],
    [89.94999, 1, 'halfUp', 89.9],
    [123456.7891, 3, 'halfUp', 123456.789],
    [1e-7, 2, 'halfUp', 0],
  ] as const)('roundDecimal(%d, %d, %s) is %d', (x, digits, mode, expected) => {
    expect(roundDecimal(x, digits, mode)).toBe(expected);
  });

  it('returns a number unchanged where doubles are further apart than 10^-digits (x·10^d overflowed to NaN)', () => {
    expect(roundDecimal(1.8e307, 2)).toBe(1.8e307);
    expect(roundDecimal(-Number.MAX_VALUE, 15, 'halfEven')).toBe(-Number.MAX_VALUE);
    expect(roundDecimal(1e300, 0)).toBe(1e300);
    expect(roundDecimalByText(1.7e308, 1)).toBe(1.7e308);
    // 2^54 / 10 ≈ 1.8e15: from there on the doubles are 0.25 or more apart and x has at most one decimal.
    expect(roundDecimal(2 ** 53 + 2, 1)).toBe(2 ** 53 + 2);
    expect(roundDecimal(1801439850948198.5, 1)).toBe(1801439850948198.5);
  });

  it('is finite and within half a unit for any finite double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 15 }), (x, d) => {
        const r = roundDecimal(x, d);
        expect(Number.isFinite(r)).toBe(true);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d * (1 + 1e-9) + 1e-15 * Math.abs(x));
      }),
      { numRuns: 5000 },
    );
  });

  it('never returns -0', () => {
    expect(Object.is(roundDecimal(-0.001, 1), -0)).toBe(false);
  });

  it('agrees with toFixed away from ties and never moves a value more than half a unit (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = roundDecimal(x, d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(x)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives exactly the result of rounding the decimal text, for any double and digits (property)', () => {
    const digits = fc.integer({ min: 0, max: 15 });
    const mode = fc.constantFrom('halfUp' as const, 'halfEven' as const);
    const doubles = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    );
    fc.assert(
      fc.property(doubles, digits, mode, (x, d, m) => {
        expect(Object.is(roundDecimal(x, d, m), roundDecimalByText(x, d, m))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('gives exactly the result of rounding the decimal text near halves and integers (property)', () => {
    // Values a few units in the last place from k + 0.5 and from k, scaled by 10^-d: the cases where
    // binary scaling and the decimal text could disagree.
    const near = fc
      .tuple(
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom(0, 0.5),
        fc.integer({ min: -4, max: 4 }),
        fc.integer({ min: 0, max: 6 }),
      )
      .map(([k, half, ulps, d]) => {
        let x = (k + half) / 10 ** d;
        for (let j = 0; j < Math.abs(ulps); j++) x = nextAfter(x, ulps > 0);
        return [x, d] as const;
      });
    fc.assert(
      fc.property(near, fc.constantFrom('halfUp' as const, 'halfEven' as const), ([x, d], m) => {
        expect(Object.is(roundDecimal(x, d, m), roundDecimalByText(x, d, m))).toBe(true);
        expect(Object.is(roundDecimal(-x, d, m), roundDecimalByText(-x, d, m))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

/** The next double above (or below) a non-negative x. */
function nextAfter(x: number, up: boolean): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  if (x === 0) return up ? Number.MIN_VALUE : 0;
  view.setBigUint64(0, up ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}
