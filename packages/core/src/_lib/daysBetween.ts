import { differenceInCalendarDays, parseISO } from 'date-fns';

/**
 * Calendar days from one `YYYY-MM-DD` date to another (negative when `to` is earlier), counted by
 * date-fns on local calendar dates so the time zone never matters.
 *
 * @example
 * daysBetween('2025-06-30', '2025-07-15') //=> 15
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
