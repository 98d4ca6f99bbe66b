import { spanFraction } from '../_lib/spanFraction.js';

/**
 * Options of {@link normalizeGoalposts}.
 *
 * @category Scoring
 * @example
 * const options: NormalizeGoalpostsOptions = { lower: 72.6, upper: 0 }; // lower is better, as SDSN publishes it
 * normalizeGoalposts(10, options) //=> 86.2258953168044
 */
export interface NormalizeGoalpostsOptions {
  /** The goalpost that maps to 0 (the SDG Index's "lower bound"). */
  lower: number;
  /** The goalpost that maps to `scale` (the SDG Index's "optimum"); it may be numerically below `lower`. */
  upper: number;
  /** *1* (default) keeps the orientation of the goalposts; *-1* reverses it, as COINr's `direction = -1`. */
  direction?: 1 | -1;
  /** The value `upper` maps to; default *100*. */
  scale?: number;
  /** Censor the result to [0, `scale`]; default *true* (COINr `trunc2posts`, SDSN, Yale EPI). */
  clamp?: boolean;
}

/**
 * Rescales a raw value onto [0, scale] between two fixed goalposts.
 *
 * Formula, with direction *1*: `y = (x − lower) / (upper − lower) × scale`; with direction *-1*:
 * `y = (x − upper) / (lower − upper) × scale`. When **clamp** is true, `y` is censored to
 * [0, scale]. The SDSN SDG Index gives bounds as (lower bound, optimum) and writes
 * lower-is-better indicators with the optimum below the lower bound; the same formula handles
 * both, so pass them as they are published and keep direction *1*.
 * Sources: COINr `n_goalposts` (R/normalise.R); SDSN SDR 2025 methodology; JRC/OECD Handbook
 * (2008) §5, "re-scaling". Missing input (`null`, `undefined`, `NaN`) gives `null`, never 0.
 * Numeric edges: goalposts or values near ±1.8e308, whose differences overflow, are placed by the
 * same arithmetic on halves (exact, so nothing moves elsewhere); a clamped result is always finite;
 * an unclamped one beyond ±1.8e308 (a value far outside goalposts closer than 1e-300) cannot be
 * represented and gives `null`.
 *
 * @category Scoring
 * @param x - The raw value.
 * @param options - **lower**, **upper**, **direction**, **scale**, **clamp**.
 * @returns The normalised value, or `null` when `x` is missing (or, unclamped, beyond the doubles).
 * @throws TypeError when `lower` equals `upper` or a goalpost or the scale is not finite.
 * @example
 * normalizeGoalposts(75, { lower: 50, upper: 100 }) //=> 50
 * normalizeGoalposts(10, { lower: 72.6, upper: 0 }) //=> 86.2258953168044
 * normalizeGoalposts(1, { lower: 0, upper: 10, direction: -1, scale: 1 }) //=> 0.9
 * normalizeGoalposts(0, { lower: -1e308, upper: 1e308 }) //=> 50 (upper − lower overflows)
 */
export function normalizeGoalposts(
  x: number | null | undefined,
  { lower, upper, direction = 1, scale = 100, clamp = true }: NormalizeGoalpostsOptions,
): number | null {
  if (!Number.isFinite(lower) || !Number.isFinite(upper) || !Number.isFinite(scale)) {
    throw new TypeError(`invalid goalposts: lower ${lower}, upper ${upper}, scale ${scale} must be finite numbers`);
  }
  if (lower === upper) {
    throw new TypeError(`invalid goalposts: lower and upper are both ${lower}, so no value can be placed between them`);
  }
  if (x == null || Number.isNaN(x)) return null;
  const fraction = direction === 1 ? spanFraction(x, lower, upper) : spanFraction(x, upper, lower);
  // A scale of 0 maps everything to 0, also a fraction beyond the doubles (∞ · 0 would be NaN).
  const y = scale === 0 ? 0 : fraction * scale;
  if (!clamp) return Math.abs(y) <= Number.MAX_VALUE ? y : null;
  const [min, max] = scale >= 0 ? [0, scale] : [scale, 0];
  return y < min ? min : y > max ? max : y;
}
