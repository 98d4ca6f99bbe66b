import * as z from 'zod/mini';
import { parsePeriod } from './parsePeriod.js';

/**
 * A period: year `2025`, quarter `2025-Q3`, month `2025-07` or calendar date `2025-07-15`.
 *
 * @category Model
 * @example
 * PeriodSchema.safeParse('2025-Q3').success //=> true
 * PeriodSchema.safeParse('2025-13').success //=> false
 */
export const PeriodSchema = z.string().check(
  z.refine((s) => parsePeriod(s) !== null, {
    message: 'not a period: use 2025, 2025-Q3, 2025-07 or 2025-07-15',
    params: { zh: '不是有效的期间：应为 2025、2025-Q3、2025-07 或 2025-07-15' },
  }),
);

/**
 * A period string.
 *
 * @category Model
 * @example
 * const year: Period = '2025';
 * const quarter: Period = '2025-Q4'; // any string to the compiler; PeriodSchema checks it
 */
export type Period = z.infer<typeof PeriodSchema>;
