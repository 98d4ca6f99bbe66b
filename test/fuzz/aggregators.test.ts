// Properties of every exported aggregator (aggregate*): output in bounds; monotone in every value;
// invariant to the order of the values (with their weights) and to multiplying all weights by a
// constant (the sum scales with it instead); plus each method's defining laws. Values and weights
// range over every finite double. The means are compared within EPS (see numbers.ts) where
// compensated sums, exp and log make exact laws impossible; the weighted mean and sum also against
// the exact result (exact.ts).
import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateCopeland,
  aggregateGeneralizedMean,
  aggregateGeometricMean,
  aggregateHarmonicMean,
  aggregateWeightedMean,
  aggregateWeightedSum,
} from '@eco-reform/core';
import { params, timeout } from './runs.js';
import { check } from './checks.js';
import { EPS, TINY, close, factor, finite, nonNegative, permute, present, weight } from './numbers.js';
import { exactWeightedMean, exactWeightedSum } from './exact.js';

/** A weighted mean; `p` is the generalised mean's exponent, which the others ignore. */
type Mean = (
  values: ReadonlyArray<number | null>,
  weights: ReadonlyArray<number> | undefined,
  p: number,
) => number | null;

/** One `it` per property, at the cheap tier. */
function property<Ts extends unknown[]>(name: string, prop: fc.IRawProperty<Ts>): void {
  it(name, () => fc.assert(prop, params('cheap')), timeout);
}

/** Values (some missing) with weights of the same length, and a permutation of both. */
const weighted = (value: fc.Arbitrary<number>) =>
  fc.integer({ min: 0, max: 12 }).chain((n) =>
    fc.record({
      xs: fc.array(fc.oneof({ arbitrary: value, weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }), {
        minLength: n,
        maxLength: n,
      }),
      ws: fc.array(weight, { minLength: n, maxLength: n }),
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      at: fc.nat(),
      by: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e3, noNaN: true }), nonNegative),
      c: factor,
    }),
  );

/** The values that count: present, with a positive weight. */
const used = (xs: ReadonlyArray<number | null>, ws: ReadonlyArray<number>): number[] =>
  xs.flatMap((x, k) => (present(x) && ws[k]! > 0 ? [x] : []));

/**
 * Whether every weight times `c` is a normal double (or 0): then scaling changes each weight by one
 * rounding at most. A weight scaled into the subnormals keeps only a few bits (or none), and one
 * scaled past 1.8e308 becomes infinite, so the weights themselves change: the law is about the
 * mean's response to scaling, not about the test's own multiplication.
 */
const scalesCleanly = (ws: ReadonlyArray<number>, c: number): boolean =>
  ws.every((w) => w === 0 || (w * c >= 2 ** -1022 && w * c <= Number.MAX_VALUE));

/**
 * The laws every weighted mean obeys: null exactly when nothing counts; within [min, max] of what
 * counts; not lowered by raising a value; the same for any order of the (value, weight) pairs and
 * any positive multiple of the weights; weights default to 1; a negative weight or a length
 * mismatch gives null. `p` draws the generalised mean's exponent; `rel` is the relative slack
 * (EPS unless the method amplifies rounding), always with a few TINY for subnormal results.
 */
function meanLaws(
  name: string,
  mean: Mean,
  value: fc.Arbitrary<number>,
  p: fc.Arbitrary<number> = fc.constant(1),
  rel = EPS,
): void {
  property(
    `${name}: is null exactly when nothing counts, else within [min, max] of what counts; does not fall when a value rises; ignores the order of the values and the scale of the weights`,
    fc.property(weighted(value), p, ({ xs, ws, order, at, by, c }, q) => {
      const y = mean(xs, ws, q);
      const xsUsed = used(xs, ws);
      if (xsUsed.length === 0) return check(y === null, () => `${y} from nothing`);
      const [lo, hi] = [Math.min(...xsUsed), Math.max(...xsUsed)];
      const scale = Math.max(Math.abs(lo), Math.abs(hi));
      const slack = rel * scale + 4 * TINY;
      check(
        y !== null && Number.isFinite(y) && y >= lo - slack && y <= hi + slack,
        () => `${y} outside [${lo}, ${hi}]`,
      );

      // Raising a value past 1.8e308 would make it infinite, which counts as missing: not a rise.
      const k = at % xs.length;
      const raised = xs.map((x, j) => (j === k && x !== null ? x + by : x));
      if (Number.isFinite(raised[k] ?? 0)) {
        const z = mean(raised, ws, q);
        check(
          z !== null && z >= y - rel * Math.max(scale, Math.abs(z), ...used(raised, ws).map(Math.abs)) - 4 * TINY,
          () => `raising value ${k} by ${by} lowered ${y} to ${z}`,
        );
      }

      const shuffled = mean(permute(xs, order), permute(ws, order), q);
      check(shuffled !== null && close(y, shuffled, rel, scale), () => `reordered: ${y} became ${shuffled}`);
      if (scalesCleanly(ws, c)) {
        const scaled = mean(
          xs,
          ws.map((w) => w * c),
          q,
        );
        check(scaled !== null && close(y, scaled, rel, scale), () => `scaled by ${c}: ${y} became ${scaled}`);
      }
    }),
  );
  property(
    `${name}: weights default to 1; a negative weight or a length mismatch gives null`,
    fc.property(fc.array(value, { minLength: 1, maxLength: 8 }), p, (xs, q) => {
      check(
        Object.is(
          mean(xs, undefined, q),
          mean(
            xs,
            xs.map(() => 1),
            q,
          ),
        ),
        () => 'the default weights are not 1',
      );
      check(
        mean(
          xs,
          xs.map((_, k) => (k === 0 ? -1 : 1)),
          q,
        ) === null,
        () => 'a negative weight gave a mean',
      );
      check(mean(xs, [...xs.map(() => 1), 1], q) === null, () => 'a length mismatch gave a mean');
    }),
  );
}

describe('aggregateWeightedMean', () => {
  meanLaws('aggregateWeightedMean', aggregateWeightedMean, finite);
  // The exact mean Σwx/Σw of the binary fractions: the computed one is within a few ulps of the
  // largest value (a compensated sum's error is relative to its largest term), or a few TINY.
  property(
    'is the exact weighted mean to within EPS of the largest value',
    fc.property(weighted(finite), ({ xs, ws }) => {
      const y = aggregateWeightedMean(xs, ws);
      const pairs = xs.flatMap((x, k) => (present(x) && ws[k]! > 0 ? [[x, ws[k]!] as const] : []));
      if (pairs.length === 0) return;
      const exact = exactWeightedMean(
        pairs.map(([x]) => x),
        pairs.map(([, w]) => w),
      );
      const scale = Math.max(...pairs.map(([x]) => Math.abs(x)));
      check(y !== null && Math.abs(y - exact) <= EPS * scale + 4 * TINY, () => `${y}, exactly ${exact}`);
    }),
  );
});

describe('aggregateGeometricMean', () => {
  meanLaws('aggregateGeometricMean', aggregateGeometricMean, nonNegative);
  property(
    'is 0 when a value that counts is 0, null with a negative value',
    fc.property(fc.array(nonNegative, { minLength: 1, maxLength: 8 }), (xs) => {
      check(aggregateGeometricMean([...xs, 0]) === 0, () => 'a 0 did not make it 0');
      check(aggregateGeometricMean([...xs, -1]) === null, () => 'a negative value gave a mean');
    }),
  );
});

describe('aggregateHarmonicMean', () => {
  meanLaws('aggregateHarmonicMean', aggregateHarmonicMean, nonNegative);
  property(
    'is at most the geometric mean, which is at most the arithmetic mean',
    fc.property(weighted(nonNegative), ({ xs, ws }) => {
      const [h, g, a] = [aggregateHarmonicMean(xs, ws), aggregateGeometricMean(xs, ws), aggregateWeightedMean(xs, ws)];
      if (a === null) return check(h === null && g === null, () => 'one mean is null and another is not');
      check(
        h! <= g! * (1 + EPS) + 4 * TINY && g! <= a * (1 + EPS) + 4 * TINY,
        () => `harmonic ${h}, geometric ${g}, arithmetic ${a}`,
      );
    }),
  );
});

describe('aggregateGeneralizedMean', () => {
  /** p = 0, tiny p (subnormal ones too, where xᵖ rounds to 1), moderate p, or any p up to ±1.8e308. */
  const p = fc.oneof(
    fc.constant(0),
    fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  // Near p = ±1e-3 the log-sum-exp fallback's rounding, ε·|ln w̃|/|p| (|ln w̃| ≤ 1490 for weights
  // across the whole range of doubles), reaches a few 1e-10: slack 1e-9.
  meanLaws('aggregateGeneralizedMean', aggregateGeneralizedMean, nonNegative, p, 1e-9);
  property(
    'is 1 → arithmetic, 0 → geometric, -1 → harmonic, and rises with p (the power-mean inequality)',
    fc.property(weighted(nonNegative), p, p, ({ xs, ws }, p1, p2) => {
      const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
      const [a, b] = [aggregateGeneralizedMean(xs, ws, lo), aggregateGeneralizedMean(xs, ws, hi)];
      if (a === null || b === null) return check(a === b, () => `${a} at p ${lo}, ${b} at p ${hi}`);
      check(a <= b * (1 + 1e-9) + 4 * TINY, () => `M(${lo}) = ${a} > M(${hi}) = ${b}`);
      check(
        Object.is(aggregateGeneralizedMean(xs, ws, 0), aggregateGeometricMean(xs, ws)),
        () => 'p 0 is not the geometric mean',
      );
      check(
        close(aggregateGeneralizedMean(xs, ws, 1)!, aggregateWeightedMean(xs, ws)!, 1e-9),
        () => 'p 1 is not the arithmetic mean',
      );
      check(
        close(aggregateGeneralizedMean(xs, ws, -1)!, aggregateHarmonicMean(xs, ws)!, 1e-9),
        () => 'p -1 is not the harmonic mean',
      );
    }),
  );
});

describe('aggregateWeightedSum', () => {
  /**
   * The computed sum against the exact one: within EPS·Σ|wᵢxᵢ| (a compensated sum's error bound,
   * with room) plus a few TINY (products in the subnormals); null exactly when the exact sum may
   * lie beyond ±1.8e308. Where Σ|wᵢxᵢ| is itself beyond the doubles and the products cancel, the
   * sum is known only to within an infinite tolerance: then any finite value or null is accepted.
   */
  const matchesExact = (xs: ReadonlyArray<number | null>, ws: ReadonlyArray<number>, y: number | null): boolean => {
    const pairs = xs.flatMap((x, k) => (present(x) && ws[k]! > 0 ? [[x, ws[k]!] as const] : []));
    if (pairs.length === 0) return y === null || y === 0;
    const { sum, abs } = exactWeightedSum(
      pairs.map(([x]) => x),
      pairs.map(([, w]) => w),
    );
    const tolerance = EPS * abs + 4 * TINY;
    const mayOverflow = !(Math.abs(sum) < Number.MAX_VALUE - tolerance);
    if (y === null) return mayOverflow;
    return (
      Number.isFinite(y) &&
      (Math.abs(y - sum) <= tolerance || (mayOverflow && Math.abs(y) >= Number.MAX_VALUE - tolerance))
    );
  };
  property(
    'is the exact Σ wᵢxᵢ within its rounding, or null beyond the doubles, for the values as given, reordered, raised and with scaled weights',
    fc.property(weighted(finite), ({ xs, ws, order, at, by, c }) => {
      const y = aggregateWeightedSum(xs, ws);
      if (used(xs, ws).length === 0 && xs.every((x) => !present(x)))
        return check(y === null, () => `${y} from nothing`);
      check(matchesExact(xs, ws, y), () => `${y} is not the sum`);
      check(
        matchesExact(
          permute(xs, order),
          permute(ws, order),
          aggregateWeightedSum(permute(xs, order), permute(ws, order)),
        ),
        () => 'reordered: not the sum',
      );
      const scaled = ws.map((w) => w * c);
      if (scaled.every(Number.isFinite))
        check(matchesExact(xs, scaled, aggregateWeightedSum(xs, scaled)), () => `weights scaled by ${c}: not the sum`);
      const k = at % Math.max(1, xs.length);
      const raised = xs.map((x, j) => (j === k && x !== null ? x + by : x));
      check(
        matchesExact(raised, ws, aggregateWeightedSum(raised, ws)),
        () => `value ${k} raised by ${by}: not the sum`,
      );
    }),
  );
});

describe('aggregateCopeland', () => {
  // Integer values (many ties) and integer weights: every share is a multiple of ½ over an integer
  // total, so the laws hold exactly, with no rounding to blur a share of exactly ½.
  const table = fc.record({ n: fc.integer({ min: 0, max: 6 }), m: fc.integer({ min: 0, max: 5 }) }).chain(({ n, m }) =>
    fc.record({
      rows: fc.array(
        fc.array(fc.option(fc.integer({ min: -3, max: 3 }), { nil: null, freq: 6 }), { minLength: m, maxLength: m }),
        { minLength: n, maxLength: n },
      ),
      ws: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: m, maxLength: m }),
      units: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      columns: fc.shuffledSubarray([...Array(m).keys()], { minLength: m, maxLength: m }),
      c: fc.integer({ min: 1, max: 1000 }),
      at: fc.tuple(fc.nat(), fc.nat()),
      by: fc.integer({ min: 0, max: 5 }),
    }),
  );

  property(
    'gives integer scores in [−(n−1), n−1] summing to 0, and shares in [0, 1] with o[j][k] + o[k][j] = 1',
    fc.property(table, ({ rows, ws }) => {
      const { scores, outranking } = aggregateCopeland(rows, ws);
      const n = rows.length;
      check(
        scores.every((s) => Number.isInteger(s) && Math.abs(s) <= Math.max(0, n - 1)),
        () => JSON.stringify(scores),
      );
      check(scores.reduce((a, b) => a + b, 0) === 0, () => `scores ${JSON.stringify(scores)} do not sum to 0`);
      outranking.forEach((row, j) =>
        row.forEach((o, k) => {
          check(
            j === k ? o === 0 : o >= 0 && o <= 1 && o + outranking[k]![j]! === 1,
            () => `o[${j}][${k}] = ${o}, o[${k}][${j}] = ${outranking[k]![j]}`,
          );
        }),
      );
    }),
  );
  property(
    'does not depend on the order of the units or of the indicators, or on the scale of the weights',
    fc.property(table, ({ rows, ws, units, columns, c }) => {
      const { scores } = aggregateCopeland(rows, ws);
      const byUnit = aggregateCopeland(permute(rows, units), ws).scores;
      check(
        permute(scores, units).every((s, k) => s === byUnit[k]),
        () => 'reordering the units changed the scores',
      );
      const byColumn = aggregateCopeland(
        rows.map((r) => permute(r, columns)),
        permute(ws, columns),
      ).scores;
      check(
        scores.every((s, k) => s === byColumn[k]),
        () => 'reordering the indicators changed the scores',
      );
      const scaled = aggregateCopeland(
        rows,
        ws.map((w) => w * c),
      ).scores;
      check(
        scores.every((s, k) => s === scaled[k]),
        () => 'scaling the weights changed the scores',
      );
    }),
  );
  property(
    "never lowers a unit's score when one of its values rises",
    fc.property(table, ({ rows, ws, at: [j0, i0], by }) => {
      if (rows.length === 0 || ws.length === 0) return;
      const [j, i] = [j0 % rows.length, i0 % ws.length];
      const raised = rows.map((r, u) => (u === j ? r.map((x, k) => (k === i && x !== null ? x + by : x)) : r));
      const before = aggregateCopeland(rows, ws).scores[j]!;
      const after = aggregateCopeland(raised, ws).scores[j]!;
      check(after >= before, () => `unit ${j}'s score fell from ${before} to ${after}`);
    }),
  );
});
