import type { Band } from '../../model/band.schema.js';

const inBand = (x: number, b: Band): boolean =>
  (b.min === undefined || ((b.minInclusive ?? true) ? x >= b.min : x > b.min)) &&
  (b.max === undefined || ((b.maxInclusive ?? false) ? x <= b.max : x < b.max));

/**
 * Threshold bands: the points of the first band (in the order given) that contains `x`. Each edge
 * is declared: `minInclusive` defaults to *true* and `maxInclusive` to *false*, so adjacent bands
 * `[80, 90)` and `[90, ∞)` never both claim 90. No matching band gives 0 points; `null` gives `null`.
 *
 * @category Scoring
 * @param x - The value.
 * @param bands - Bands with `min`, `max`, `minInclusive`, `maxInclusive` and `points`.
 * @returns The points earned.
 * @example
 * scoreBands(90, [{ min: 90, points: 5 }, { min: 80, max: 90, points: 3 }]) //=> 5
 * scoreBands(89.9, [{ min: 90, points: 5 }, { min: 80, max: 90, points: 3 }]) //=> 3
 */
export function scoreBands(x: number | null | undefined, bands: ReadonlyArray<Band>): number | null {
  if (x == null || !Number.isFinite(x)) return null;
  return bands.find((b) => inBand(x, b))?.points ?? 0;
}
