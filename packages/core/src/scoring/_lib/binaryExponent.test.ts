import { describe, expect, it } from 'vitest';
import { binaryExponent, binaryScale, timesPowerOfTwo } from './binaryExponent.js';

describe('binaryExponent', () => {
  it('gives e with 2^e ≤ |x| < 2^(e+1), from the smallest subnormal to the largest double', () => {
    expect(
      [5e-324, 1e-323, 2.2250738585072014e-308, 0.75, 1, -3, 2 ** 52 + 1, Number.MAX_VALUE].map(binaryExponent),
    ).toEqual([-1074, -1073, -1022, -1, 0, 1, 52, 1023]);
  });
  it('is exact at the top of every binade, where Math.log2 rounds up', () => {
    for (let e = -1021; e < 1023; e += 7) expect(binaryExponent(2 ** e * (2 - 2 ** -52))).toBe(e);
  });
});

describe('binaryScale', () => {
  it('gives the power of two 2^e itself', () => {
    expect(binaryScale(5e-324)).toBe(5e-324);
    expect(binaryScale(-6)).toBe(4);
    expect(binaryScale(Number.MAX_VALUE)).toBe(2 ** 1023);
  });
});

describe('timesPowerOfTwo', () => {
  it('scales by 2^e also where 2^e is not a double', () => {
    expect(timesPowerOfTwo(1.5, 1)).toBe(3);
    expect(timesPowerOfTwo(2 ** -1000, 2000)).toBe(2 ** 1000);
    expect(timesPowerOfTwo(2 ** 1000, -2074)).toBe(5e-324);
    expect(timesPowerOfTwo(1, 1024)).toBe(Number.POSITIVE_INFINITY);
    expect(timesPowerOfTwo(1, -1076)).toBe(0);
  });
});
