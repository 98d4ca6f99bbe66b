import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';

/**
 * A target assigned to one unit for one period on one indicator (目标分解), as a row of a targets
 * file (`indicator,unit,period,target`, read by `readUnitTargetsCsv`) before `withUnitTargets`
 * places it in the indicator's `unitTargets`.
 *
 * @category Model
 * @example
 * UnitTargetSchema.parse({ indicator: 'pm25', unit: 'gangkou', period: '2025', value: 38 })
 */
export const UnitTargetSchema = z.strictObject({
  indicator: IdSchema,
  unit: IdSchema,
  period: PeriodSchema,
  value: z.union([z.number(), z.boolean()]),
});

/**
 * A unit's target ({@link UnitTargetSchema}).
 *
 * @category Model
 * @example
 * const target: UnitTarget = { indicator: 'pm25', unit: 'gangkou', period: '2025', value: 38 }; // Meixi's responsibility letter
 */
export type UnitTarget = z.infer<typeof UnitTargetSchema>;
