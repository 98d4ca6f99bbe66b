// Number arbitraries and tolerances for the normaliser and aggregator properties. Inputs range over
// every finite double: ±0, subnormals down to 5e-324, ±1.8e308, with moderate numbers mixed in so
// that ordinary inputs keep being drawn too.
import fc from 'fast-check';

/**
 * Relative slack for results built from compensated sums, divisions and `exp`/`log`: a few ulps
 * (2⁻⁵² ≈ 2.2e-16 each), with room. Used only where floating point makes an exact law impossible:
 * a mean can land an ulp above its largest input, and a sum taken in another order can differ in
 * its last bits. Laws that rounding cannot break (monotonicity of `(x − a) / b`, order statistics)
 * are checked exactly.
 */
export const EPS = 1e-12;

/**
 * The smallest subnormal, 2⁻¹⁰⁷⁴: in the subnormal range every result is exact only to this
 * (gradual underflow), so a relative slack vanishes there and laws allow a few of it instead.
 */
export const TINY = Number.MIN_VALUE;

/** `a` and `b` agree to {@link EPS} relative (absolute near 0, scaled by `scale`), or to a few {@link TINY}. */
export const close = (a: number, b: number, rel = EPS, scale = 1): boolean =>
  a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), scale) + 4 * TINY;

/** Finite doubles within ±1e6, −0 and subnormals included. */
export const moderate = fc.double({ min: -1e6, max: 1e6, noNaN: true });

/** Any finite double (fast-check favours ±0, ±5e-324, ±1.8e308 and their neighbours), or a moderate one. */
export const finite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), moderate);

/** Non-negative doubles: 0, subnormals, up to 1.8e308, or moderate ones. */
export const nonNegative = fc.oneof(
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);

/** Weights: 0 or any positive double (subnormal weights and weights whose sum overflows included). */
export const weight = fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: nonNegative, weight: 6 });

/**
 * A positive factor to scale all weights by: a power of two (exact unless a weight under- or
 * overflows) or any double in [1e-3, 1e3] (one rounding per weight).
 */
export const factor = fc.oneof(
  fc.integer({ min: -60, max: 60 }).map((k) => 2 ** k),
  fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
);

/** The double `steps` doubles above (or below, when negative) `x`. */
export function nextDouble(x: number, steps: number): number {
  const view = new DataView(new ArrayBuffer(8));
  let y = x;
  for (let k = 0; k < Math.abs(steps); k++) {
    const up = steps > 0;
    if (y === 0) {
      y = up ? Number.MIN_VALUE : -Number.MIN_VALUE;
      continue;
    }
    view.setFloat64(0, y);
    const bits = view.getBigUint64(0);
    view.setBigUint64(0, y > 0 === up ? bits + 1n : bits - 1n);
    y = view.getFloat64(0);
  }
  return y;
}

/**
 * Two distinct finite doubles, in either order: any two, or neighbours a few doubles apart, so that
 * spans run from 2e308 down to the smallest double (5e-324 near 0, an ulp elsewhere).
 */
export const distinctPair: fc.Arbitrary<readonly [number, number]> = fc
  .oneof(
    fc.tuple(finite, finite),
    fc
      .tuple(
        finite,
        fc.integer({ min: -3, max: 3 }).filter((k) => k !== 0),
      )
      .map(([a, k]) => [a, nextDouble(a, k)] as const),
  )
  .filter(([a, b]) => a !== b && Number.isFinite(a) && Number.isFinite(b));

/** Values of units, some missing (`null`, and NaN or ±Infinity, which count as missing too). */
export const column = (value: fc.Arbitrary<number> = finite): fc.Arbitrary<Array<number | null>> =>
  fc.array(
    fc.oneof(
      { arbitrary: value, weight: 8 },
      { arbitrary: fc.constant(null), weight: 1 },
      { arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY), weight: 1 },
    ),
    { maxLength: 20 },
  );

/** An array with a permutation of its indexes. */
export const withPermutation = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<{ xs: T[]; order: number[] }> =>
  arb.chain((xs) =>
    fc
      .shuffledSubarray(
        xs.map((_, k) => k),
        { minLength: xs.length, maxLength: xs.length },
      )
      .map((order) => ({ xs, order })),
  );

/** `xs` rearranged: `permute(xs, order)[k] = xs[order[k]]`. */
export const permute = <T>(xs: ReadonlyArray<T>, order: ReadonlyArray<number>): T[] => order.map((k) => xs[k]!);

export const present = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** `xs` with entry `k` raised by `by` (≥ 0). */
export const raise = (xs: ReadonlyArray<number | null>, k: number, by: number): Array<number | null> =>
  xs.map((x, j) => (j === k && x !== null ? x + by : x));
