import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundDecimal } from './roundDecimal.js';

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
});
