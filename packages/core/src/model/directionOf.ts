import type { Indicator } from './indicator.schema.js';

/**
 * The direction an indicator improves in, as the normalisers, statuses and trend arrows take it:
 * -1 for lower-is-better (`polarity: 'lower'`), the only one; 1 for every other polarity.
 *
 * @category Model
 * @param indicator - The indicator (its `polarity`).
 * @returns `-1` or `1`.
 * @example
 * trendRun(series, { direction: directionOf(pm25) }) // PM2.5 improves as it falls: directionOf(pm25) //=> -1
 */
export function directionOf(indicator: Pick<Indicator, 'polarity'>): 1 | -1 {
  return indicator.polarity === 'lower' ? -1 : 1;
}
