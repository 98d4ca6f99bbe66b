// Properties of every exported normaliser (normalize*) and scorer (score*): output in bounds;
// monotone in the indicator's direction; invariant to the order of the units (for those that see
// all units at once); plus each method's defining laws. Inputs range over every finite double,
// subnormals and ±1.8e308 included, with goalposts down to neighbouring doubles; a result beyond
// ±1.8e308 is `null`, and the properties check that it is null exactly then.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import {
  normalizeBorda,
  normalizeDistanceToTarget,
  normalizeEfficacy,
  normalizeGoalposts,
  normalizeMinMax,
  normalizePercentRank,
  normalizeRank,
  normalizeZScore,
  scoreBands,
  scoreBoolean,
  scoreDeduction,
  type Band,
  type NormalizeGoalpostsOptions,
} from '@eco-reform/core';
import { params, timeout } from './runs.js';
import { check } from './checks.js';
import { EPS, close, column, distinctPair, finite, nonNegative, permute, present, withPermutation } from './numbers.js';

const MAX = Number.MAX_VALUE;
const direction = fc.constantFrom(1 as const, -1 as const);
/** Output scales: moderate ones, or any double (then an unclamped score can lie beyond the doubles). */
const scale = fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }), finite);
/** Two distinct finite numbers, in either order, from 2e308 apart down to neighbouring doubles. */
const pair = distinctPair;
/** Ordered pairs of x values. */
const twoXs = fc.tuple(finite, finite).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));
/** One `it` per property, at the cheap tier. */
function property<Ts extends unknown[]>(name: string, prop: fc.IRawProperty<Ts>): void {
  it(name, () => fc.assert(prop, params('cheap')), timeout);
}
/** `y1` then `y2` as x grows: non-decreasing when `sign` > 0, non-increasing when < 0, equal when 0. */
const ordered = (y1: number, y2: number, sign: number): boolean =>
  sign > 0 ? y1 <= y2 : sign < 0 ? y1 >= y2 : y1 === y2;

/** The present values of two columns, as pairs (i, j) of indexes with their oriented values. */
function pairs(values: ReadonlyArray<number | null>): Array<[number, number]> {
  const idx = values.flatMap((v, k) => (present(v) ? [k] : []));
  return idx.flatMap((i) => idx.map((j) => [i, j] as [number, number]));
}

/** Missing stays missing, in the same positions. */
const keepsMissing = (values: ReadonlyArray<number | null>, out: ReadonlyArray<number | null>): boolean =>
  out.length === values.length && values.every((v, k) => present(v) === (out[k] !== null));

/**
 * An unclamped goalposts score with `null` (beyond the doubles) read as the infinity it stands
 * for: the side follows from the clamped fraction (0 below lower, 1 beyond upper) and the scale.
 */
function extendedGoalposts(x: number, o: NormalizeGoalpostsOptions): number {
  const y = normalizeGoalposts(x, { ...o, clamp: false });
  if (y !== null) return y;
  const beyondUpper = normalizeGoalposts(x, { ...o, scale: 1, clamp: true })! > 0.5;
  return (beyondUpper === (o.scale ?? 100) > 0 ? 1 : -1) * Number.POSITIVE_INFINITY;
}

describe('normalizeGoalposts', () => {
  const options = fc.record({ posts: pair, direction, scale });
  property(
    'stays within [0, scale] when clamped (the default); unclamped it is finite, or null exactly when beyond the doubles',
    fc.property(finite, options, (x, { posts: [lower, upper], direction: d, scale: s }) => {
      const y = normalizeGoalposts(x, { lower, upper, direction: d, scale: s })!;
      check(y >= Math.min(0, s) && y <= Math.max(0, s), () => `${y} outside [0, ${s}]`);
      const free = normalizeGoalposts(x, { lower, upper, direction: d, scale: s, clamp: false });
      const fraction = normalizeGoalposts(x, { lower, upper, direction: d, scale: 1, clamp: false });
      // Null when the fraction itself, or the fraction times the scale, is beyond 1.8e308.
      const beyond = s !== 0 && (fraction === null || !(Math.abs(fraction * s) <= MAX));
      check(
        free === null ? beyond : Number.isFinite(free) && !beyond,
        () => `unclamped ${free} (fraction ${fraction}, scale ${s})`,
      );
    }),
  );
  property(
    'is monotone in x, rising when direction × (upper − lower) × scale > 0 (exactly, across the overflow fallback)',
    fc.property(twoXs, options, fc.boolean(), ([x1, x2], { posts: [lower, upper], direction: d, scale: s }, clamp) => {
      const o = { lower, upper, direction: d, scale: s, clamp };
      const sign = d * Math.sign(upper - lower) * Math.sign(s);
      const [y1, y2] = clamp
        ? [normalizeGoalposts(x1, o)!, normalizeGoalposts(x2, o)!]
        : [extendedGoalposts(x1, o), extendedGoalposts(x2, o)];
      check(ordered(y1, y2, sign), () => `x ${x1} ≤ ${x2} gave ${y1}, ${y2} (sign ${sign})`);
    }),
  );
  property(
    'maps lower to 0 and upper to scale; direction -1 is the goalposts swapped',
    fc.property(finite, pair, scale, (x, [lower, upper], s) => {
      check(normalizeGoalposts(lower, { lower, upper, scale: s, clamp: false }) === 0, () => 'lower is not 0');
      check(normalizeGoalposts(upper, { lower, upper, scale: s, clamp: false }) === s, () => 'upper is not scale');
      check(
        Object.is(
          normalizeGoalposts(x, { lower, upper, direction: -1, scale: s }),
          normalizeGoalposts(x, { lower: upper, upper: lower, scale: s }),
        ),
        () => 'direction -1 is not the swap',
      );
    }),
  );
  property(
    'gives null for missing x and throws a TypeError for equal or non-finite goalposts',
    fc.property(
      finite,
      fc.constantFrom(null, undefined, Number.NaN),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
      (a, missing, bad) => {
        check(normalizeGoalposts(missing, { lower: 0, upper: 1 }) === null, () => 'missing x is not null');
        for (const o of [
          { lower: a, upper: a },
          { lower: bad, upper: a },
          { lower: a, upper: bad },
        ]) {
          let thrown: unknown;
          try {
            normalizeGoalposts(1, o);
          } catch (error) {
            thrown = error;
          }
          check(thrown instanceof TypeError, () => `no TypeError for ${JSON.stringify(o)}`);
        }
      },
    ),
  );
});

describe('normalizeMinMax', () => {
  /** Output ranges: moderate, or any two doubles (a range wider than the doubles included). */
  const range = fc.oneof(
    fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true })),
    fc.tuple(finite, finite),
  );
  property(
    'keeps missing values missing and puts present ones within the range',
    fc.property(column(), direction, range, (values, d, [lo, hi]) => {
      const out = normalizeMinMax(values, { direction: d, range: [lo, hi] });
      check(keepsMissing(values, out), () => 'missing values moved');
      const slack = EPS * Math.max(Math.abs(lo), Math.abs(hi));
      for (const y of out)
        check(
          y === null || (y >= Math.min(lo, hi) - slack && y <= Math.max(lo, hi) + slack),
          () => `${y} outside [${lo}, ${hi}]`,
        );
    }),
  );
  property(
    "is monotone in the direction: d·x ≤ d·x' gives y ≤ y' (exactly)",
    fc.property(column(), direction, (values, d) => {
      const out = normalizeMinMax(values, { direction: d });
      for (const [i, j] of pairs(values))
        if (d * values[i]! <= d * values[j]!)
          check(out[i]! <= out[j]!, () => `${values[i]} → ${out[i]}, ${values[j]} → ${out[j]}`);
    }),
  );
  property(
    'does not depend on the order of the units',
    fc.property(withPermutation(column()), direction, ({ xs, order }, d) => {
      const a = permute(normalizeMinMax(xs, { direction: d }), order);
      const b = normalizeMinMax(permute(xs, order), { direction: d });
      check(
        a.every((y, k) => Object.is(y, b[k])),
        () => `${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`,
      );
    }),
  );
  property(
    'gives every unit the top of the range when all present values are equal',
    fc.property(finite, fc.integer({ min: 1, max: 9 }), range, (x, n, [lo, hi]) => {
      check(
        normalizeMinMax(new Array<number>(n).fill(x), { range: [lo, hi] }).every((y) => y === hi),
        () => 'equal values do not all get the top',
      );
    }),
  );
});

describe('normalizeDistanceToTarget', () => {
  const options = fc.record({ posts: pair, cap: fc.option(fc.boolean(), { nil: undefined }) });
  /** Progress by the goalposts' arithmetic (the same spanFraction): null where it is beyond the doubles. */
  const progress = (x: number, baseline: number, target: number) =>
    normalizeGoalposts(x, { lower: baseline, upper: target, scale: 1, clamp: false });
  property(
    'is finite, and at most 1 when capped (the default); null exactly where the progress is beyond the doubles (and, capped, below 0)',
    fc.property(finite, options, (x, { posts: [baseline, target], cap }) => {
      const y = normalizeDistanceToTarget(x, { baseline, target, cap });
      const free = progress(x, baseline, target);
      const below = normalizeGoalposts(x, { lower: baseline, upper: target, scale: 1 }) === 0;
      check(
        y === null ? free === null && (cap === false || below) : Number.isFinite(y),
        () => `${y} (progress ${free})`,
      );
      if (cap !== false) check(y === null || y <= 1, () => `${y} above 1`);
    }),
  );
  property(
    'is monotone in x, rising when the target is above the baseline (null ones are beyond the doubles, at the ends)',
    fc.property(twoXs, options, ([x1, x2], { posts: [baseline, target], cap }) => {
      const [y1, y2] = [
        normalizeDistanceToTarget(x1, { baseline, target, cap }),
        normalizeDistanceToTarget(x2, { baseline, target, cap }),
      ];
      if (y1 === null || y2 === null) return;
      check(ordered(y1, y2, Math.sign(target - baseline)), () => `x ${x1} ≤ ${x2} gave ${y1}, ${y2}`);
    }),
  );
  property(
    'maps the baseline to 0 and the target to 1; equal posts give 1 at the target and null elsewhere; missing gives null',
    fc.property(finite, pair, (x, [baseline, target]) => {
      check(normalizeDistanceToTarget(baseline, { baseline, target }) === 0, () => 'baseline is not 0');
      check(normalizeDistanceToTarget(target, { baseline, target }) === 1, () => 'target is not 1');
      check(
        normalizeDistanceToTarget(baseline, { baseline, target: baseline }) === 1,
        () => 'equal posts at the target are not 1',
      );
      check(
        x === baseline || normalizeDistanceToTarget(x, { baseline, target: baseline }) === null,
        () => 'equal posts away from the target are not null',
      );
      for (const missing of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY])
        check(normalizeDistanceToTarget(missing, { baseline, target }) === null, () => `${missing} is not null`);
    }),
  );
});

describe('normalizeEfficacy', () => {
  property(
    'keeps missing values missing and scores present ones on 60–100',
    fc.property(column(), direction, (values, d) => {
      const out = normalizeEfficacy(values, { direction: d });
      check(keepsMissing(values, out), () => 'missing values moved');
      for (const y of out)
        check(y === null || (y >= 60 - 100 * EPS && y <= 100 + 100 * EPS), () => `${y} outside [60, 100]`);
    }),
  );
  property(
    'is monotone in the direction (exactly)',
    fc.property(column(), direction, (values, d) => {
      const out = normalizeEfficacy(values, { direction: d });
      for (const [i, j] of pairs(values))
        if (d * values[i]! <= d * values[j]!)
          check(out[i]! <= out[j]!, () => `${values[i]} → ${out[i]}, ${values[j]} → ${out[j]}`);
    }),
  );
  property(
    'does not depend on the order of the units, and gives 100 to all when all are equal',
    fc.property(withPermutation(column()), direction, finite, ({ xs, order }, d, x) => {
      const a = permute(normalizeEfficacy(xs, { direction: d }), order);
      const b = normalizeEfficacy(permute(xs, order), { direction: d });
      check(
        a.every((y, k) => Object.is(y, b[k])),
        () => `${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`,
      );
      check(
        normalizeEfficacy([x, x, x], { direction: d }).every((y) => y === 100),
        () => 'equal values do not all get 100',
      );
    }),
  );
});

describe('normalizeZScore', () => {
  // Output means and sds that keep every result within the doubles (|z| ≤ √20 for 20 units); with
  // an sd near 1.8e308 a z-score can be beyond them, and is null (a unit test covers it).
  const options = fc.record({
    mean: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    sd: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
  });
  // The bound and the order law hold only up to the cancellation in x − x̄, whose error is
  // ε·max|x| against a spread s: unbounded for any doubles (values that agree to 15 digits), so
  // these two use grid values (hundredths within ±1000), whose spread is at least 0.005 against
  // values of at most 1000: (x − x̄) then loses at most 1000/0.005 ulps, 4e-11 relative, well
  // within the 1e-9 slack. The other laws take any doubles.
  const gridColumn = column(fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 100));
  property(
    'keeps missing values missing, and is finite',
    fc.property(column(), options, (values, { mean, sd }) => {
      const out = normalizeZScore(values, { mean, sd });
      check(keepsMissing(values, out), () => 'missing values moved');
      check(
        out.every((y) => y === null || Number.isFinite(y)),
        () => JSON.stringify(out),
      );
    }),
  );
  property(
    "stays within Samuelson's bound |y − mean| ≤ sd·(n − 1)/√n (the sample sd)",
    fc.property(gridColumn, options, (values, { mean, sd }) => {
      const out = normalizeZScore(values, { mean, sd });
      const n = values.filter(present).length;
      const bound = n > 0 ? (sd * (n - 1)) / Math.sqrt(n) : 0;
      for (const y of out)
        check(
          y === null || Math.abs(y - mean) <= bound * (1 + 1e-9) + 1e-9 * Math.abs(mean),
          () => `${y} is more than ${bound} from ${mean}`,
        );
    }),
  );
  property(
    "is monotone: x ≤ x' gives z ≤ z' (exactly)",
    fc.property(column(), (values) => {
      const out = normalizeZScore(values);
      for (const [i, j] of pairs(values))
        if (values[i]! <= values[j]!)
          check(out[i]! <= out[j]!, () => `${values[i]} → ${out[i]}, ${values[j]} → ${out[j]}`);
    }),
  );
  property(
    'does not depend on the unit: values times 2^k give the same z-scores to the bit (where the scaled values are exact)',
    fc.property(column(), fc.integer({ min: -1100, max: 1100 }), (values, k) => {
      const scaled = values.map((v) => (present(v) ? v * 2 ** k : v));
      // A value scaled past 1.8e308 becomes infinite (missing), one scaled into the subnormals loses digits: not the same data.
      if (
        !values.every(
          (v, j) =>
            !present(v) ||
            (Number.isFinite(scaled[j]!) &&
              scaled[j]! / 2 ** k === v &&
              (v === 0 || Math.abs(scaled[j]!) >= 2 ** -1022) === (v === 0 || Math.abs(v) >= 2 ** -1022)),
        )
      )
        return;
      const [a, b] = [normalizeZScore(values), normalizeZScore(scaled)];
      check(
        a.every((y, j) => Object.is(y, b[j])),
        () => `${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`,
      );
    }),
  );
  property(
    'does not depend on the order of the units, up to the rounding of its two sums (1e-9)',
    fc.property(withPermutation(gridColumn), ({ xs, order }) => {
      const a = permute(normalizeZScore(xs), order);
      const b = normalizeZScore(permute(xs, order));
      check(
        a.every((y, k) => (y === null ? b[k] === null : close(y, b[k]!, 1e-9))),
        () => `${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`,
      );
    }),
  );
});

/** The rank of each present value by definition: 1 + how many present values are smaller. */
const rankOracle = (values: ReadonlyArray<number | null>): Array<number | null> => {
  const xs = values.filter(present);
  return values.map((v) => (present(v) ? 1 + xs.filter((x) => x < v).length : null));
};

describe('normalizeRank', () => {
  property(
    'ranks each present value 1 + the number of smaller ones (ties at the minimum rank), within [1, n]',
    fc.property(column(), (values) => {
      const out = normalizeRank(values);
      const want = rankOracle(values);
      const n = values.filter(present).length;
      check(
        out.every((r, k) => r === want[k] && (r === null || (Number.isInteger(r) && r >= 1 && r <= n))),
        () => `${JSON.stringify(out)} ≠ ${JSON.stringify(want)}`,
      );
    }),
  );
  property(
    'is strictly monotone and does not depend on the order of the units',
    fc.property(withPermutation(column()), ({ xs, order }) => {
      const out = normalizeRank(xs);
      for (const [i, j] of pairs(xs))
        check(
          xs[i]! < xs[j]! ? out[i]! < out[j]! : xs[i] === xs[j] ? out[i] === out[j] : true,
          () => `${xs[i]} → ${out[i]}, ${xs[j]} → ${out[j]}`,
        );
      const b = normalizeRank(permute(xs, order));
      check(
        permute(out, order).every((r, k) => r === b[k]),
        () => 'the order of the units changed the ranks',
      );
    }),
  );
});

describe('normalizePercentRank', () => {
  property(
    'is (rank − 1)/(n − 1) on [0, 1] (1 for a single value), monotone, and independent of the order of the units',
    fc.property(withPermutation(column()), ({ xs, order }) => {
      const out = normalizePercentRank(xs);
      const ranks = rankOracle(xs);
      const n = xs.filter(present).length;
      check(
        out.every((p, k) =>
          p === null ? ranks[k] === null : p === (n > 1 ? (ranks[k]! - 1) / (n - 1) : 1) && p >= 0 && p <= 1,
        ),
        () => JSON.stringify(out),
      );
      for (const [i, j] of pairs(xs))
        if (xs[i]! <= xs[j]!) check(out[i]! <= out[j]!, () => `${xs[i]} → ${out[i]}, ${xs[j]} → ${out[j]}`);
      const b = normalizePercentRank(permute(xs, order));
      check(
        permute(out, order).every((p, k) => p === b[k]),
        () => 'the order of the units changed the percent ranks',
      );
    }),
  );
});

describe('normalizeBorda', () => {
  property(
    'is rank − 1 on [0, n − 1], monotone, and independent of the order of the units',
    fc.property(withPermutation(column()), ({ xs, order }) => {
      const out = normalizeBorda(xs);
      const ranks = rankOracle(xs);
      const n = xs.filter(present).length;
      check(
        out.every((b, k) => (b === null ? ranks[k] === null : b === ranks[k]! - 1 && b >= 0 && b <= n - 1)),
        () => JSON.stringify(out),
      );
      for (const [i, j] of pairs(xs))
        if (xs[i]! <= xs[j]!) check(out[i]! <= out[j]!, () => `${xs[i]} → ${out[i]}, ${xs[j]} → ${out[j]}`);
      const b = normalizeBorda(permute(xs, order));
      check(
        permute(out, order).every((p, k) => p === b[k]),
        () => 'the order of the units changed the Borda scores',
      );
    }),
  );
});

describe('scoreBands', () => {
  /** A ladder: sorted distinct edges and non-decreasing points; bands [e_k, e_k+1) as declared by default, open at both ends. */
  const ladder = fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 6, maxLength: 6 }),
    )
    .map(([edges, steps]): Band[] => {
      const e = edges.sort((a, b) => a - b);
      let p = 0;
      const points = steps.slice(0, e.length + 1).map((s) => (p += s));
      return [
        { max: e[0]!, points: points[0]! },
        ...e.map((min, k) =>
          k + 1 < e.length ? { min, max: e[k + 1]!, points: points[k + 1]! } : { min, points: points[k + 1]! },
        ),
      ];
    });
  property(
    'earns the points of a band or 0, and null for missing values',
    fc.property(fc.oneof(finite, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY)), ladder, (x, bands) => {
      const y = scoreBands(x, bands);
      if (!Number.isFinite(x)) return check(y === null, () => `${x} scored ${y}`);
      check(y === 0 || bands.some((b) => b.points === y), () => `${y} is no band's points`);
    }),
  );
  property(
    'is monotone on a ladder of bands with rising points, and does not depend on the order of disjoint bands',
    fc.property(fc.tuple(finite, finite), ladder, fc.boolean(), ([a, b], bands, reverse) => {
      const [x1, x2] = a <= b ? [a, b] : [b, a];
      check(
        scoreBands(x1, bands)! <= scoreBands(x2, bands)!,
        () => `x ${x1} ≤ ${x2} gave ${scoreBands(x1, bands)}, ${scoreBands(x2, bands)}`,
      );
      const shuffled = reverse ? bands.slice().reverse() : [...bands.slice(1), bands[0]!];
      check(scoreBands(x1, shuffled) === scoreBands(x1, bands), () => 'the order of disjoint bands changed the score');
      // Declared edges: a value on an edge belongs to the band that starts there.
      for (const band of bands)
        if (band.min !== undefined)
          check(scoreBands(band.min, bands) === band.points, () => `edge ${band.min} is not in its band`);
    }),
  );
});

describe('scoreBoolean', () => {
  property(
    'gives the points for true, 0 for false and null for missing: monotone from false to true',
    fc.property(nonNegative, (points) => {
      check(scoreBoolean(true, { points }) === points && scoreBoolean(false, { points }) === 0, () => `${points}`);
      check(
        scoreBoolean(null, { points }) === null && scoreBoolean(undefined, { points }) === null,
        () => 'missing is not null',
      );
    }),
  );
});

describe('scoreDeduction', () => {
  const options = fc.record({
    target: finite,
    full: nonNegative,
    ratePerUnit: nonNegative,
    direction,
  });
  property(
    'keeps between 0 and the full points, full on or beyond the target, null for missing',
    fc.property(finite, options, (x, o) => {
      const y = scoreDeduction(x, o)!;
      check(y >= 0 && y <= o.full, () => `${y} outside [0, ${o.full}]`);
      if ((o.direction === 1 && x >= o.target) || (o.direction === -1 && x <= o.target))
        check(y === o.full, () => `${y} at or beyond the target`);
      check(scoreDeduction(Number.NaN, o) === null && scoreDeduction(null, o) === null, () => 'missing is not null');
    }),
  );
  property(
    'is monotone in x in the direction (exactly)',
    fc.property(twoXs, options, ([x1, x2], o) => {
      const [y1, y2] = [scoreDeduction(x1, o)!, scoreDeduction(x2, o)!];
      check(ordered(y1, y2, o.direction), () => `x ${x1} ≤ ${x2} gave ${y1}, ${y2}`);
    }),
  );
});
