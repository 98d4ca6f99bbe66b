import { describe, expect, it } from 'vitest';
import { spanFraction } from './spanFraction.js';

describe('spanFraction', () => {
  it('is (x − from) / (to − from)', () => {
    expect(spanFraction(75, 50, 100)).toBe(0.5);
    expect(spanFraction(10, 72.6, 0)).toBe((10 - 72.6) / -72.6);
  });
  it('places values between ends whose span overflows (on halves: exact)', () => {
    expect(spanFraction(0, -1e308, 1e308)).toBe(0.5);
    expect(spanFraction(-1e308, -1e308, 1e308)).toBe(0);
    expect(spanFraction(1e308, -1e308, 1e308)).toBe(1);
    expect(spanFraction(1.5e308, -1e308, 1e308)).toBe(1.25);
  });
  it('places values whose distance to `from` overflows within a finite span', () => {
    // (1e308 − (−1e308)) / 1e308 = 2, although 1e308 − (−1e308) is beyond the doubles.
    expect(spanFraction(1e308, -1e308, 0)).toBe(2);
    expect(spanFraction(-1e308, 1e308, 0)).toBe(2);
  });
  it('measures spans of a few subnormals exactly, and gives ±Infinity only beyond the doubles', () => {
    expect(spanFraction(1e-323, 0, 5e-324)).toBe(2);
    expect(spanFraction(1, 0, 5e-324)).toBe(Number.POSITIVE_INFINITY);
    expect(spanFraction(-1, 0, 5e-324)).toBe(Number.NEGATIVE_INFINITY);
  });
});
