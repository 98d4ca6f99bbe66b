import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeGoalposts } from './normalizeGoalposts.js';

interface GoalpostVector {
  x: number;
  gp: [number, number, number];
  dir: 1 | -1;
  y: number;
}
const vectors = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../../test/fixtures/research-vectors.json', import.meta.url)), 'utf8'),
) as { coinr_goalposts: GoalpostVector[] };

describe('normalizeGoalposts', () => {
  it.each(vectors.coinr_goalposts)(
    'matches COINr n_goalposts($x, c($gp), direction = $dir) = $y',
    ({ x, gp: [lower, upper, scale], dir, y }) => {
      expect(normalizeGoalposts(x, { lower, upper, scale, direction: dir })).toBeCloseTo(y, 12);
    },
  );

  it('takes SDG Index bounds as published, with the optimum below the lower bound', () => {
    expect(normalizeGoalposts(10, { lower: 72.6, upper: 0 })).toBe(86.2258953168044);
  });

  it('reproduces the SDR 2025 CPI score 35.714 for a raw value of 40 (LB 13, optimum 88.6)', () => {
    expect(normalizeGoalposts(40, { lower: 13, upper: 88.6 })).toBeCloseTo(35.714285714, 8);
  });

  it('uses scale 100 and clamping by default', () => {
    expect(normalizeGoalposts(75, { lower: 50, upper: 100 })).toBe(50);
    expect(normalizeGoalposts(120, { lower: 50, upper: 100 })).toBe(100);
    expect(normalizeGoalposts(10, { lower: 50, upper: 100 })).toBe(0);
  });

  it('leaves values outside the goalposts alone when clamp is false', () => {
    expect(normalizeGoalposts(120, { lower: 50, upper: 100, clamp: false })).toBe(140);
    expect(normalizeGoalposts(40, { lower: 50, upper: 100, clamp: false })).toBe(-20);
  });

  it('keeps missing values missing instead of scoring them 0', () => {
    expect(normalizeGoalposts(null, { lower: 0, upper: 1 })).toBeNull();
    expect(normalizeGoalposts(undefined, { lower: 0, upper: 1 })).toBeNull();
    expect(normalizeGoalposts(Number.NaN, { lower: 0, upper: 1 })).toBeNull();
  });

  it('throws a TypeError naming the goalposts when lower equals upper', () => {
    expect(() => normalizeGoalposts(1, { lower: 5, upper: 5 })).toThrow(
      /invalid goalposts: lower and upper are both 5/,
    );
    expect(() => normalizeGoalposts(1, { lower: Number.NaN, upper: 5 })).toThrow(TypeError);
  });

  const goalposts = fc
    .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
    .filter(([a, b]) => Math.abs(a - b) > 1e-6);
  const value = fc.double({ min: -1e7, max: 1e7, noNaN: true });
  const direction = fc.constantFrom<1 | -1>(1, -1);

  it('stays within [0, scale] when clamped (property)', () => {
    fc.assert(
      fc.property(
        value,
        goalposts,
        direction,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (x, [lower, upper], dir, scale) => {
          const y = normalizeGoalposts(x, { lower, upper, direction: dir, scale })!;
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(scale);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is monotone: a value nearer the upper goalpost never scores lower (property)', () => {
    fc.assert(
      fc.property(value, value, goalposts, direction, (a, b, [lower, upper], dir) => {
        const towardsUpper = Math.sign(upper - lower) * dir;
        const [worse, better] = (a - b) * towardsUpper <= 0 ? [a, b] : [b, a];
        const yWorse = normalizeGoalposts(worse, { lower, upper, direction: dir })!;
        const yBetter = normalizeGoalposts(better, { lower, upper, direction: dir })!;
        expect(yBetter).toBeGreaterThanOrEqual(yWorse);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeGoalposts at the numeric edges', () => {
  it('places a value between goalposts whose span overflows (upper − lower = 2e308)', () => {
    // The plain formula gave (0 + 1e308) / ∞ = 0.
    expect(normalizeGoalposts(0, { lower: -1e308, upper: 1e308 })).toBe(50);
    expect(normalizeGoalposts(0.5e308, { lower: -1e308, upper: 1e308 })).toBe(75);
    expect(normalizeGoalposts(0, { lower: -1e308, upper: 1e308, direction: -1 })).toBe(50);
  });
  it('gives the unclamped score where x − lower overflows but the score does not', () => {
    // (1e308 − (−1e308)) / 1e308 × 100 = 200; the plain formula gave ∞.
    expect(normalizeGoalposts(1e308, { lower: -1e308, upper: 0, clamp: false })).toBe(200);
    expect(normalizeGoalposts(1e308, { lower: -1e308, upper: 0 })).toBe(100);
  });
  it('measures goalposts a few subnormals apart exactly, and gives null for an unclamped score beyond the doubles', () => {
    expect(normalizeGoalposts(1e-323, { lower: 0, upper: 5e-324, clamp: false })).toBe(200);
    expect(normalizeGoalposts(1e-323, { lower: 0, upper: 5e-324 })).toBe(100);
    expect(normalizeGoalposts(1, { lower: 0, upper: 5e-324 })).toBe(100);
    expect(normalizeGoalposts(-1, { lower: 0, upper: 5e-324 })).toBe(0);
    expect(normalizeGoalposts(1, { lower: 0, upper: 5e-324, clamp: false })).toBeNull();
    expect(normalizeGoalposts(1, { lower: 0, upper: 1, scale: Number.MAX_VALUE })).toBe(Number.MAX_VALUE);
    expect(normalizeGoalposts(2, { lower: 0, upper: 1, scale: Number.MAX_VALUE, clamp: false })).toBeNull();
  });
  it('maps everything to 0 with scale 0, also a fraction beyond the doubles', () => {
    expect(normalizeGoalposts(1, { lower: 0, upper: 5e-324, scale: 0, clamp: false })).toBe(0);
  });
  it('returns IEEE −0 for a value on the lower goalpost when upper < lower (the assessment writes it as 0)', () => {
    expect(Object.is(normalizeGoalposts(10, { lower: 10, upper: 0 }), -0)).toBe(true);
  });
});
