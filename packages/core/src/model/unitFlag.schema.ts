import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';

/**
 * A fact about a unit in a period that the scheme's rules test (`when: { event: 'flag', flag }`):
 * a major environmental incident (重特大突发环境事件), a national honour, a verified complaint,
 * falsified data (数据造假). Published with the observations so that everyone who scores the
 * bundle applies the same deductions, bonuses, grade caps and vetoes. `count` says how many times
 * it happened (three verified complaints: one flag with count 3); without it the flag counts once,
 * and two flags of the same unit, period and name add up. A rule scoring per occurrence
 * (`perOccurrence`) multiplies its points by the count.
 *
 * @category Model
 * @example
 * UnitFlagSchema.parse({ unit: 'gangkou', period: '2025', flag: 'verifiedComplaint', note: { zh: '群众投诉查实 1 件' } })
 */
export const UnitFlagSchema = z.strictObject({
  unit: IdSchema,
  period: PeriodSchema,
  flag: z.string().check(z.minLength(1)),
  /** How many times it happened in the period; default 1. */
  count: z.optional(z.int().check(z.positive())),
  /** What happened, for the record and for readers of the assessment. */
  note: z.optional(LocalizedTextSchema),
  /** Who established it (a notice, an inspection report). */
  source: z.optional(z.string()),
});

/**
 * A unit's flag in a period.
 *
 * @category Model
 * @example
 * const flag: UnitFlag = { unit: 'qingxi', period: '2024', flag: 'majorIncident', source: '省生态环境厅通报' };
 * const complaints: UnitFlag = { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint', count: 3 };
 */
export interface UnitFlag extends z.infer<typeof UnitFlagSchema> {}
