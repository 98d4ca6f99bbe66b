import * as z from 'zod/mini';
import { PeriodSchema } from './period.schema.js';

/** An indicator or unit name: not empty, and without white space at either end, which CSV readers trim. */
const Name = z.string().check(
  z.minLength(1),
  z.refine((s) => s.trim() === s, {
    message: 'must not start or end with white space (CSV readers trim it, so it could never match)',
    params: { zh: '首尾不能有空白字符（CSV 读取时会去除，无法对应）' },
  }),
);

/**
 * One monitored value (监测数据): an indicator for a unit in a period. `null` is a missing value
 * and stays missing (never 0). A higher `revision` replaces a lower one for the same cell.
 * `note` and `source` are free text kept as written; an empty one is the same as none, so it is
 * left out (`''` is refused), and every valid observation survives `writeObservationsCsv` →
 * `readObservationsCsv` unchanged.
 *
 * @category Model
 * @example
 * ObservationSchema.parse({ indicator: 'pm25', unit: 'd-east', period: '2025', value: 31.2 })
 */
export const ObservationSchema = z.strictObject({
  indicator: Name,
  unit: Name,
  period: PeriodSchema,
  value: z.union([z.number(), z.boolean(), z.null()]),
  note: z.optional(z.string().check(z.minLength(1))),
  source: z.optional(z.string().check(z.minLength(1))),
  revision: z.optional(z.int().check(z.nonnegative())),
});

/**
 * One observation.
 *
 * @category Model
 * @example
 * const o: Observation = { indicator: 'pm25', unit: 'xihu', period: '2025', value: 30.5, source: '美溪市统计局、各主管部门' }; // a row of Meixi's observations.csv
 */
export interface Observation extends z.infer<typeof ObservationSchema> {}
