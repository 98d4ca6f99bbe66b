import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandCoverage } from '../../model/bandCoverage.js';
import { scoreBands } from './scoreBands.js';
import type { Band } from '../../model/band.schema.js';

describe('bandCoverage', () => {
  it('finds nothing wrong in bands that meet edge to edge', () => {
    expect(
      bandCoverage([
        { min: 90, points: 5 },
        { min: 80, max: 90, points: 3 },
        { max: 80, points: 0 },
      ]),
    ).toEqual({ gaps: [], overlaps: [], empty: [], below: false, above: false });
  });

  it('finds a gap, an overlap and an empty band, honouring which edges are included', () => {
    expect(
      bandCoverage([
        { min: 90, points: 5 },
        { min: 80, max: 85, points: 3 },
      ]).gaps,
    ).toEqual([{ from: 85, to: 90, band: 0 }]);
    expect(
      bandCoverage([
        { min: 90, minInclusive: false, points: 5 },
        { min: 80, max: 90, points: 3 },
      ]).gaps,
    ).toEqual([{ from: 90, to: 90, band: 0 }]);
    expect(
      bandCoverage([
        { min: 90, points: 5 },
        { min: 80, max: 90, maxInclusive: true, points: 3 },
      ]).overlaps,
    ).toEqual([{ band: 0, with: 1 }]);
    expect(bandCoverage([{ min: 5, max: 5, points: 1 }]).empty).toEqual([0]);
  });

  it('agrees with scoreBands: with no gap, overlap or empty band, every value between the outer edges matches exactly one band (property)', () => {
    const edge = fc.integer({ min: 0, max: 6 });
    const band = fc.record({
      min: fc.option(edge, { nil: undefined }),
      max: fc.option(edge, { nil: undefined }),
      minInclusive: fc.boolean(),
      maxInclusive: fc.boolean(),
      points: fc.constant(1),
    });
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 4 }), (raw) => {
        const bands = raw.map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as Band);
        const c = bandCoverage(bands);
        if (c.gaps.length > 0 || c.overlaps.length > 0 || c.empty.length > 0) return;
        const lo = Math.min(...bands.map((b) => b.min ?? -1));
        const hi = Math.max(...bands.map((b) => b.max ?? 7));
        for (let x = lo; x <= hi; x += 0.5) {
          const matches = bands.filter((b) => scoreBands(x, [{ ...b, points: 1 }]) === 1).length;
          const outside = (c.below && x < lo) || (c.above && x > hi);
          if (!outside && x > lo && x < hi) expect(matches).toBe(1);
          expect(matches).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
