import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';

/**
 * A goal (目标) of the reform: a statement, the area it serves, when it is due and the
 * indicators that measure it.
 *
 * @category Model
 * @example
 * GoalSchema.parse({ id: 'g1', title: { zh: '顶层设计' }, area: 'inst', targetPeriod: '2026', indicators: [] })
 */
export const GoalSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  statement: z.optional(LocalizedTextSchema),
  area: IdSchema,
  targetPeriod: PeriodSchema,
  indicators: z.array(IdSchema),
});

/**
 * A goal.
 *
 * @category Model
 * @example
 * const goal: Goal = { id: 'reform', title: { zh: '推进重点领域改革', en: 'Key-field reforms' }, area: 'env', targetPeriod: '2026',
 *   indicators: ['redline-area', 'redline-share', …], … }; // Meixi
 */
export interface Goal extends z.infer<typeof GoalSchema> {}
