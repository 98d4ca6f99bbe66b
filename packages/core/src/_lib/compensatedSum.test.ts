import { describe, expect, it } from 'vitest';
import { compensatedSum } from './compensatedSum.js';

const MAX = Number.MAX_VALUE;

describe('compensatedSum', () => {
  it('keeps the small terms a plain sum loses', () => {
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum([])).toBe(0);
  });
  it('gives the exact sum when a partial sum overflows but the sum does not (a plain loop gives NaN)', () => {
    // 1e308 + 1e308 overflows; the terms over 8 sum to 1.25e307, times 8 is 1e308 exactly.
    expect(compensatedSum([1e308, 1e308, -1e308])).toBe(1e308);
    expect(compensatedSum([MAX, MAX, -MAX, -MAX, 1])).toBe(1);
    expect(compensatedSum([-MAX, -MAX, MAX])).toBe(-MAX);
  });
  it('gives ±Infinity only for a sum beyond the doubles, and NaN only from a NaN or infinite term', () => {
    expect(compensatedSum([1e308, 1e308])).toBe(Number.POSITIVE_INFINITY);
    expect(compensatedSum([-MAX, -MAX])).toBe(Number.NEGATIVE_INFINITY);
    expect(compensatedSum([1, Number.NaN])).toBeNaN();
    expect(compensatedSum([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBeNaN();
  });
  it('adds subnormals exactly (gradual underflow)', () => {
    expect(compensatedSum([5e-324, 5e-324, 5e-324])).toBe(1.5e-323);
  });
});
