import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neumaierError } from './neumaierError.js';

describe('neumaierError', () => {
  it('is the part of a + b that the rounded sum lost', () => {
    expect(neumaierError(1e16, 1, 1e16 + 1)).toBe(1);
    expect(neumaierError(1, 1e16, 1 + 1e16)).toBe(1);
    expect(neumaierError(0.1, 0.2, 0.1 + 0.2)).toBe(-2.7755575615628914e-17);
  });
  it('is 0 when the sum is exact', () => {
    expect(neumaierError(2, 3, 5)).toBe(0);
    expect(neumaierError(-0.5, 0.25, -0.25)).toBe(0);
  });
  it('makes t + error the exact sum of two doubles of ordinary size (property)', () => {
    // Checked in integers scaled by 2^-30: a and b with at most 53 bits, their sum exact in BigInt.
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
        fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
        fc.integer({ min: 0, max: 60 }),
        (x, y, shift) => {
          const a = x;
          const b = y / 2 ** shift;
          const t = a + b;
          const e = neumaierError(a, b, t);
          const exact = (BigInt(x) << BigInt(shift)) + BigInt(y);
          const got = BigInt(t * 2 ** shift) + BigInt(e * 2 ** shift);
          expect(got).toBe(exact);
        },
      ),
    );
  });
});
