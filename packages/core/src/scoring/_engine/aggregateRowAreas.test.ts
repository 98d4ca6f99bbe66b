import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MissingPolicy } from '../../model/missingPolicy.schema.js';
import { normalizeMinMax } from '../normalize/normalizeMinMax.js';
import { aggregateInto } from './aggregateInto.js';
import { aggregateRowAreas, type RowCells } from './aggregateRowAreas.js';
import { cellScore } from './cellScore.js';
import { cellWeight } from './cellWeight.js';
import { FLAG } from './cellFlags.js';
import { minMaxScales } from '../_lib/minMaxScales.js';
import { ROW_SOURCE, rowAreas } from './rowAreas.js';
import { planOf } from './planOf.fixture.js';

const policies: Record<'exclude' | 'floor' | 'zero', MissingPolicy> = {
  exclude: { policy: 'exclude' },
  floor: { policy: 'floor', value: 60 },
  zero: { policy: 'zero' },
};
const fillOf = (p: MissingPolicy): number | null => (p.policy === 'floor' ? p.value : p.policy === 'zero' ? 0 : null);

/**
 * One weighted area of `k` children in columns 1…k of rows `k + 1` wide (column 0 belongs to a
 * geometric-mean area the pass leaves alone), each child stored before the pass (`stored`) or
 * normalised in it (`minMax`, `value`), with random rows of the given values and weights.
 */
const caseOf = (value: fc.Arbitrary<number>, weight: fc.Arbitrary<number>, children = fc.integer({ min: 1, max: 6 })) =>
  children.chain((k) =>
    fc.record({
      mean: fc.boolean(),
      min: fc.option(fc.integer({ min: 1, max: k + 1 }), { nil: undefined }),
      children: fc.array(
        fc.record({
          kind: fc.constantFrom('stored' as const, 'minMax' as const, 'value' as const),
          polarity: fc.constantFrom('higher' as const, 'lower' as const),
          policy: fc.constantFrom('exclude' as const, 'floor' as const, 'zero' as const),
          weight,
        }),
        { minLength: k, maxLength: k },
      ),
      rows: fc.array(fc.array(fc.option(value, { nil: null, freq: 4 }), { minLength: k, maxLength: k }), {
        minLength: 1,
        maxLength: 8,
      }),
    }),
  );

describe('aggregateRowAreas()', () => {
  /** The pass against normalizeMinMax, the policy and the aggregation kernel, unit by unit, to the bit. */
  const sameBits = (
    value: fc.Arbitrary<number>,
    weight: fc.Arbitrary<number>,
    stored: (x: number) => number,
    k?: fc.Arbitrary<number>,
    numRuns = 1000,
  ): void => {
    fc.assert(
      fc.property(caseOf(value, weight, k), ({ mean, min, children, rows: values }) => {
        const k = children.length;
        const m = k + 1;
        const n = values.length;
        // Indicator 0 (column 0) is the geometric-mean area's; the weighted area (area 1) has columns 1…k.
        const plan = planOf([
          { aggregation: { method: 'geometricMean' }, indicators: [{ method: 'minMax' }] },
          {
            aggregation: { method: mean ? 'weightedMean' : 'weightedSum' },
            ...(min === undefined ? {} : { minIndicators: min }),
            indicators: children.map((c) => ({
              method: c.kind === 'stored' ? 'goalposts' : c.kind,
              polarity: c.polarity,
              missing: policies[c.policy],
              weight: c.weight,
            })),
          },
        ]);
        const rows = rowAreas(plan);
        const raw = new Float64Array(n * m).fill(Number.NaN);
        const normalized = new Float64Array(n * m).fill(Number.NaN);
        values.forEach((row, u) =>
          row.forEach((x, c) => {
            const cell = u * m + c + 1;
            // A stored child holds a 0–100 score already (its policy applied before the pass).
            if (children[c]!.kind === 'stored') normalized[cell] = x === null ? Number.NaN : stored(x);
            else raw[cell] = x ?? Number.NaN;
          }),
        );
        const picked = Int32Array.from({ length: m }, (_, i) => i).filter((i) => rows.source[i] === ROW_SOURCE.minMax);
        const scales = minMaxScales(
          raw,
          n,
          m,
          picked,
          Float64Array.from(picked, (i) => rows.direction[i]!),
        );
        const factor = new Float64Array(m);
        const low = new Float64Array(m);
        const spread = new Float64Array(m);
        picked.forEach(
          (i, c) => ((factor[i] = scales.factor[c]!), (low[i] = scales.low[c]!), (spread[i] = scales.spread[c]!)),
        );
        const cells: RowCells = { n, m, raw, normalized, factor, low, spread, flags: new Uint8Array(n * m), rows };
        const out = {
          n,
          score: new Float64Array(2 * n).fill(Number.NaN),
          flags: new Uint8Array(2 * n),
          divisor: new Float64Array(2 * n).fill(Number.NaN),
          scaled: new Map<number, Float64Array>(),
        };
        aggregateRowAreas(cells, out);

        // The reference: each child column normalised on its own, the policy, then the aggregation kernel per unit.
        const scored = children.map((c, j) => {
          const col = values.map((row) => row[j]!);
          if (c.kind === 'stored') return col.map((x) => (x === null ? null : stored(x)));
          const s = c.kind === 'minMax' ? normalizeMinMax(col, { direction: c.polarity === 'lower' ? -1 : 1 }) : col;
          return s.map((x) => x ?? fillOf(policies[c.policy]));
        });
        const traced = { ...cells, weightUsed: new Float64Array(0) };
        values.forEach((_, u) => {
          const row = children.map((_, j) => scored[j]![u]!);
          const present = row.filter((x) => x !== null).length;
          const failed = min !== undefined && present < min;
          const used = new Float64Array(children.length);
          const want = aggregateInto(
            { method: mean ? 'weightedMean' : 'weightedSum' },
            row.map((x) => x ?? Number.NaN),
            children.map((c) => c.weight),
            children.length,
            used,
          );
          const score = failed ? Number.NaN : want.score;
          expect(Object.is(out.score[n + u], score)).toBe(true);
          expect(out.flags[n + u]).toBe(score !== score ? FLAG.missing : 0);
          children.forEach((c, j) => {
            const cell = u * m + j + 1;
            expect(Object.is(cellScore(cells, cell), row[j] ?? Number.NaN)).toBe(true);
            expect(Object.is(cellWeight(traced, out, plan.indicatorArea, cell), failed ? Number.NaN : used[j]!)).toBe(
              true,
            );
            const missing =
              c.kind !== 'stored' && values[u]![j] === null
                ? FLAG.missing | (row[j] === null ? FLAG.excluded : FLAG.imputed)
                : 0;
            expect(cells.flags[cell]).toBe(missing | (failed && row[j] !== null ? FLAG.excluded : 0));
          });
          // The other area's column is not touched.
          expect(cells.flags[u * m]).toBe(0);
          expect(out.score[u]).toBeNaN();
        });
      }),
      { numRuns },
    );
  };

  it('gives every unit, cell score and cell weight the bits of normalizeMinMax, the policy and the aggregation kernel (property)', () => {
    sameBits(
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 50, noNaN: true })),
      (x) => Math.abs(x) % 100,
    );
  });

  it('does so for areas of more than 30 children too (property)', () => {
    sameBits(
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 50, noNaN: true })),
      (x) => Math.abs(x) % 100,
      fc.integer({ min: 28, max: 40 }),
      100,
    );
  });

  it('does so too for values, scores and weights anywhere in the doubles, where spreads and sums overflow or underflow (property)', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    sameBits(
      fc.oneof(finite, fc.constantFrom(0, -0, 1.7e308, -1.7e308, 5e-324)),
      fc.oneof(fc.constant(0), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })),
      (x) => x,
    );
  });
});
