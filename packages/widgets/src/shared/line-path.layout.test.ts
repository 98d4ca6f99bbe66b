import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { type LineCurve, linePath } from './line-path.js';

type Point = readonly [number, number] | null;

// d3-shape's line generator as the progress chart called it before linePath replaced it.
const d3Path = (points: readonly Point[], curve: LineCurve): string =>
  line<Point>()
    .defined((p) => p !== null)
    .x((p) => p![0])
    .y((p) => p![1])
    .curve(curve === 'linear' ? curveLinear : curveStepAfter)
    .digits(2)(points) ?? '';

// Fixed pseudo-random pixels (a linear congruential sequence), with gaps, runs of one and
// coordinates that round at the third decimal either way.
function points(count: number, seed: number): Point[] {
  let s = seed;
  const next = (): number => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  return Array.from({ length: count }, () => (next() < 0.2 ? null : [next() * 640 - 20, next() * 300.005 - 5]));
}

describe('linePath', () => {
  it.each<LineCurve>(['linear', 'step-after'])(
    'writes the same path as d3-shape for %s curves, gaps and lone points included',
    (curve) => {
      for (let seed = 1; seed <= 200; seed++) {
        const data = points(1 + (seed % 23), seed);
        expect(linePath(data, curve), `seed ${seed}`).toBe(d3Path(data, curve));
      }
    },
  );

  it('breaks the line at a missing value and closes a lone point into a dot', () => {
    expect(linePath([[0, 10], [5, 20], null, [9, 1]], 'linear')).toBe('M0,10L5,20M9,1Z');
  });

  it('holds a step-after value level until the next point', () => {
    expect(
      linePath(
        [
          [0, 10],
          [5, 20],
          [8, 0],
        ],
        'step-after',
      ),
    ).toBe('M0,10L5,10L5,20L8,20L8,0');
  });

  it('rounds to 2 decimals and writes nothing when no point has a value', () => {
    expect(
      linePath(
        [
          [1.005, 2.3449],
          [3.125, -0.004],
        ],
        'linear',
      ),
    ).toBe(
      d3Path(
        [
          [1.005, 2.3449],
          [3.125, -0.004],
        ],
        'linear',
      ),
    );
    expect(linePath([null, null], 'linear')).toBe('');
    expect(linePath([], 'step-after')).toBe('');
  });
});
