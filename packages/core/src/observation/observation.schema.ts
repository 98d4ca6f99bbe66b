import * as z from 'zod/mini';
import { PeriodSchema } from './period.schema.js';

/**
 * One monitored value (监测数据): an indicator for a unit in a period. `null` is a missing value
 * and stays missing (never 0). A higher `revision` replaces a lower one for the same cell.
 *
 * @category Model
 * @example
 * ObservationSchema.parse({ indicator: 'pm25', unit: 'd-east', period: '2025', value: 31.2 })
 */
export const ObservationSchema = z.strictObject({
  indicator: z.string().check(z.minLength(1)),
  unit: z.string().check(z.minLength(1)),
  period: PeriodSchema,
  value: z.union([z.number(), z.boolean(), z.null()]),
  note: z.optional(z.string()),
  source: z.optional(z.string()),
  revision: z.optional(z.int().check(z.nonnegative())),
});

/**
 * One observation.
 *
 * @category Model
 * @example
 * const o: Observation = { indicator: 'pm25', unit: 'xihu', period: '2025', value: 30.5, source: '美溪市统计局、各主管部门' }; // a row of Meixi's observations.csv
 */
export type Observation = z.infer<typeof ObservationSchema>;
