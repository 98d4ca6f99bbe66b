// Number arbitraries and tolerances for the normaliser and aggregator properties.
import fc from 'fast-check';

/**
 * Relative slack for results built from compensated sums, divisions and `exp`/`log`: a few ulps
 * (2⁻⁵² ≈ 2.2e-16 each), with room. Used only where floating point makes an exact law impossible:
 * a mean can land an ulp above its largest input, and a sum taken in another order can differ in
 * its last bits. Laws that rounding cannot break (monotonicity of `(x − a) / b`, order statistics)
 * are checked exactly.
 */
export const EPS = 1e-12;

/** `a` and `b` agree to {@link EPS} relative (absolute near 0, scaled by `scale`). */
export const close = (a: number, b: number, rel = EPS, scale = 1): boolean =>
  a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), scale);

/** Finite doubles within ±1e6, −0 and subnormals included: spans and sums cannot overflow. */
export const moderate = fc.double({ min: -1e6, max: 1e6, noNaN: true });

/**
 * {@link moderate} without the numbers closer to 0 than 1e-100 (0 stays): a product with a weight
 * or a square stays a normal double. Subnormal values lose their precision in `x · w` and overflow
 * in `w / x`; the aggregators' laws are checked away from them (see the hardening report).
 */
export const normal = moderate.filter((x) => x === 0 || Math.abs(x) >= 1e-100);

/** Positive doubles within [1e-3, 1e3]: for means whose powers and logs must stay finite. */
export const positive = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

/** Weights: non-negative, from 1e-6 up (subnormal weights underflow: see the hardening report). */
export const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));

/** A positive factor to scale all weights by. */
export const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

/** Values of units, some missing (`null`, and NaN or ±Infinity, which count as missing too). */
export const column = (value: fc.Arbitrary<number> = moderate): fc.Arbitrary<Array<number | null>> =>
  fc.array(
    fc.oneof({ arbitrary: value, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY), weight: 1 }),
    { maxLength: 20 },
  );

/** An array with a permutation of its indexes. */
export const withPermutation = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<{ xs: T[]; order: number[] }> =>
  arb.chain((xs) => fc.shuffledSubarray(xs.map((_, k) => k), { minLength: xs.length, maxLength: xs.length }).map((order) => ({ xs, order })));

/** `xs` rearranged: `permute(xs, order)[k] = xs[order[k]]`. */
export const permute = <T>(xs: ReadonlyArray<T>, order: ReadonlyArray<number>): T[] => order.map((k) => xs[k]!);

export const present = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** `xs` with entry `k` raised by `by` (≥ 0). */
export const raise = (xs: ReadonlyArray<number | null>, k: number, by: number): Array<number | null> =>
  xs.map((x, j) => (j === k && x !== null ? x + by : x));
