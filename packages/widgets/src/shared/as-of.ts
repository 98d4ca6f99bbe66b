import { periodInterval } from '@eco-reform/core/display';

/**
 * The date measures' statuses are judged at, for the scorecard's measures and the task board alike:
 * `asOf` when it is a real calendar date written `YYYY-MM-DD` (the core's period parser decides),
 * else the last day of `period`.
 *
 * @category Layout
 * @param period - The period shown, e.g. `2025` or `2025-Q2`.
 * @param asOf - The `as-of` attribute, or `null`.
 * @returns A `YYYY-MM-DD` date.
 * @example
 * measuresAsOf('2025-Q2', null) //=> '2025-06-30'
 * measuresAsOf('2025', '2025-02-29') //=> '2025-12-31' (no such day)
 */
export function measuresAsOf(period: string, asOf: string | null): string {
  if (asOf !== null && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && periodInterval(asOf)?.start === asOf) return asOf;
  // A label the period parser does not read (a framework's own period name) ends with its year.
  return periodInterval(period)?.end ?? `${period.slice(0, 4)}-12-31`;
}
