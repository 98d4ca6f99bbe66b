import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradeOf } from './gradeOf.js';
import { rankCompetition } from './rankCompetition.js';

const bands = [
  { id: 'excellent', min: 90, inclusive: true },
  { id: 'good', min: 80, inclusive: true },
  { id: 'pass', min: 60, inclusive: true },
  { id: 'fail', min: 0, inclusive: true },
];

describe('gradeOf', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [60, 'pass'],
    [59.9, 'fail'],
    [-5, 'fail'],
  ])('grades %d as %s with the default 90/80/60 bands', (score, grade) => {
    expect(gradeOf(score, bands)).toBe(grade);
  });

  it('honours an exclusive edge: exactly on it falls to the band below', () => {
    expect(
      gradeOf(90, [
        { id: 'top', min: 90, inclusive: false },
        { id: 'rest', min: 0, inclusive: true },
      ]),
    ).toBe('rest');
  });

  it('gives no grade to a missing score', () => {
    expect(gradeOf(null, bands)).toBeNull();
    expect(gradeOf(Number.NaN, bands)).toBeNull();
  });

  it('does not depend on the order of the bands (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 110, noNaN: true }),
        fc.shuffledSubarray(bands, { minLength: 4 }),
        (s, shuffled) => {
          expect(gradeOf(s, shuffled)).toBe(gradeOf(s, bands));
        },
      ),
    );
  });
});

describe('rankCompetition', () => {
  it('gives ties the same rank and skips the places they take', () => {
    expect(rankCompetition([86.4, 91.2, 86.4, null, 70])).toEqual([2, 1, 2, null, 4]);
  });

  it('is consistent under permutation of the input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 30 }), (xs) => {
        const ranks = rankCompetition(xs);
        const reversed = rankCompetition([...xs].reverse()).reverse();
        expect(reversed).toEqual(ranks);
        xs.forEach((x, i) => {
          if (x === null) expect(ranks[i]).toBeNull();
          else expect(ranks[i]).toBe(1 + xs.filter((y) => y !== null && y > x).length);
        });
      }),
    );
  });

  it('ranks any doubles: 0 and −0 tie, infinities and NaN get no rank (property)', () => {
    const score = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1.5, null));
    // A few scores (sorted by comparison) and hundreds (radix-sorted).
    const scores = fc.oneof(fc.array(score, { maxLength: 40 }), fc.array(score, { minLength: 256, maxLength: 600 }));
    fc.assert(
      fc.property(scores, (xs) => {
        const ranks = rankCompetition(xs);
        xs.forEach((x, i) => {
          if (x === null || !Number.isFinite(x)) expect(ranks[i]).toBeNull();
          else expect(ranks[i]).toBe(1 + xs.filter((y) => y !== null && Number.isFinite(y) && y > x).length);
        });
      }),
      { numRuns: 300 },
    );
  });
});
