import { isPresent } from '../_lib/present.js';
import { minMaxScales } from '../_lib/minMaxScales.js';
import { minMaxFraction } from '../_lib/minMaxScore.js';

/**
 * Options of {@link normalizeMinMax}.
 *
 * @category Scoring
 * @example
 * normalizeMinMax([1, 2, 3], { range: [60, 100] }) //=> [60, 80, 100]
 */
export interface NormalizeMinMaxOptions {
  /** *1* (default) higher is better; *-1* lower is better (values are multiplied by −1 first, as COINr does). */
  direction?: 1 | -1;
  /** The output range `[low, high]`; default *[0, 100]*. */
  range?: readonly [number, number];
}

/**
 * Min–max normalisation relative to the units present: `y = (d·x − min) / (max − min) × (high − low) + low`
 * with `d` the direction and min/max over the present values of `d·x`. Missing entries stay missing.
 * When every present value is equal there is no spread to measure: each gets the top of the range
 * (no unit is worse than another). Source: COINr `n_minmax` (R/normalise.R); JRC/OECD Handbook §5.
 * Numeric edges: when `max − min` or `high − low` overflows (values or a range near ±1.8e308) the
 * same arithmetic runs on halves, which is exact, so every result stays finite, within the range
 * and monotone; a spread of a few subnormals is measured exactly (gradual underflow).
 *
 * @category Scoring
 * @param values - One value per unit; `null` for missing.
 * @param options - **direction**, **range**.
 * @returns The normalised values in the same positions.
 * @example
 * normalizeMinMax([1, 2, 3]) //=> [0, 50, 100]
 * normalizeMinMax([6.2, 15, 0.6], { direction: -1 }) // lower is better
 * normalizeMinMax([4, null, 4]) //=> [100, null, 100]
 * normalizeMinMax([-1e308, 0, 1e308]) //=> [0, 50, 100] (max − min overflows)
 */
export function normalizeMinMax(
  values: ReadonlyArray<number | null>,
  { direction = 1, range = [0, 100] }: NormalizeMinMaxOptions = {},
): Array<number | null> {
  const [low, high] = range;
  const n = values.length;
  const xs = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const v = values[u];
    xs[u] = isPresent(v) ? v : Number.NaN;
  }
  // The assessment's own scale and fraction (a spread beyond the doubles is taken on halves there).
  const scale = minMaxScales(xs, n, 1, new Int32Array(1), new Float64Array([direction]));
  const factor = scale.factor[0]!;
  const lo = scale.low[0]!;
  const spread = scale.spread[0]!;
  const width = high - low;
  const wide = !(Math.abs(width) <= Number.MAX_VALUE);
  return Array.from(xs, (v) => {
    if (v !== v) return null;
    if (!(spread > 0)) return high;
    const fraction = minMaxFraction(v, factor, lo, spread);
    // An output range wider than the doubles: low + fraction·(high − low) on halves, then doubled.
    return wide ? (fraction * (high / 2 - low / 2) + low / 2) * 2 : fraction * width + low;
  });
}
