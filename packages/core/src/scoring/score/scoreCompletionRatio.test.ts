import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreCompletionRatio } from './scoreCompletionRatio.js';

describe('scoreCompletionRatio', () => {
  it('credits value ÷ target when higher is better, up to the declared maximum (按完成比例)', () => {
    expect(scoreCompletionRatio(30, { target: 40, direction: 1, max: 1 })).toBe(0.75);
    expect(scoreCompletionRatio(50, { target: 40, direction: 1, max: 1 })).toBe(1);
    expect(scoreCompletionRatio(50, { target: 40, direction: 1, max: 1.2 })).toBe(1.2);
    expect(scoreCompletionRatio(44, { target: 40, direction: 1, max: 1.2 })).toBeCloseTo(1.1, 15);
  });

  it('credits target ÷ value when lower is better, and a value at or below 0 meets any positive target', () => {
    expect(scoreCompletionRatio(40, { target: 32, direction: -1, max: 1 })).toBe(0.8);
    expect(scoreCompletionRatio(16, { target: 32, direction: -1, max: 1.5 })).toBe(1.5);
    expect(scoreCompletionRatio(0, { target: 32, direction: -1, max: 1 })).toBe(1);
  });

  it('has no ratio for a target at or below 0 or no value, and never credits below 0', () => {
    expect(scoreCompletionRatio(10, { target: 0, direction: 1, max: 1 })).toBeNull();
    expect(scoreCompletionRatio(10, { target: -5, direction: 1, max: 1 })).toBeNull();
    expect(scoreCompletionRatio(null, { target: 5, direction: 1, max: 1 })).toBeNull();
    expect(scoreCompletionRatio(-3, { target: 5, direction: 1, max: 1 })).toBe(0);
  });

  it('stays within 0 and max, and rises with the value when higher is better (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        (x, dx, target) => {
          const a = scoreCompletionRatio(x, { target, direction: 1, max: 1.2 })!;
          const b = scoreCompletionRatio(x + dx, { target, direction: 1, max: 1.2 })!;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1.2);
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});
