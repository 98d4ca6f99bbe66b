import * as z from 'zod/mini';

/**
 * A task's pace against the time schedule (序时进度): `ahead` (超序时), `onPace` (按序时) or
 * `behind` (滞后序时). The schedule is the share of the current node's time window that has
 * passed; the scheme's bands say which ratio of reported progress to it is which.
 *
 * @category Model
 * @example
 * PaceBandSchema.parse('behind') //=> 'behind'
 */
export const PaceBandSchema = z.enum(['ahead', 'onPace', 'behind']);

/**
 * One of `ahead | onPace | behind`.
 *
 * @category Model
 * @example
 * const band: PaceBand = 'onPace'; // 按序时
 */
export type PaceBand = z.infer<typeof PaceBandSchema>;
