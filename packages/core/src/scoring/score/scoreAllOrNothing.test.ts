import { describe, expect, it } from 'vitest';
import { scoreAllOrNothing } from './scoreAllOrNothing.js';

describe('scoreAllOrNothing', () => {
  it('gives the full points on or beyond the target and none short of it, by the comparator', () => {
    expect(scoreAllOrNothing(5, { target: 5, comparator: '>=', full: 3 })).toBe(3);
    expect(scoreAllOrNothing(4.99, { target: 5, comparator: '>=', full: 3 })).toBe(0);
    expect(scoreAllOrNothing(31, { target: 31, comparator: '<=', full: 4 })).toBe(4);
    expect(scoreAllOrNothing(31.1, { target: 31, comparator: '<=', full: 4 })).toBe(0);
    expect(scoreAllOrNothing(99.5, { target: 100, comparator: '~', full: 1 })).toBe(1);
  });

  it('compares yes/no values with a yes/no target, and gives null for no value', () => {
    expect(scoreAllOrNothing(true, { target: true, comparator: '=', full: 2 })).toBe(2);
    expect(scoreAllOrNothing(false, { target: true, comparator: '=', full: 2 })).toBe(0);
    expect(scoreAllOrNothing(null, { target: 5, comparator: '>=', full: 3 })).toBeNull();
    expect(scoreAllOrNothing(Number.NaN, { target: 5, comparator: '>=', full: 3 })).toBeNull();
  });
});
