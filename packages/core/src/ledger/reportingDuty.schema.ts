import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { LocalizedTextSchema } from '../model/localizedText.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';
import { SubmissionSchema } from './submission.schema.js';

/**
 * A reporting duty (信息报送): what the units must submit, how often (`every` month, quarter or
 * year) and by which day of the month after each period ends (`dueDay`, 1–28: monthly by the
 * 5th is `{ every: 'month', dueDay: 5 }`, and July's report is due on 5 August), from the
 * period `from` (of that kind) to `until` when the duty ends, and the submissions received.
 * A period whose due date has passed with no submission from a unit is a missing submission.
 *
 * @category Ledgers
 * @example
 * ReportingDutySchema.parse({ id: 'r-monthly', what: { zh: '整改进展月报' }, units: ['gangkou', 'nanshan'], every: 'month',
 *   dueDay: 5, from: '2025-07', submissions: [{ unit: 'gangkou', period: '2025-07', date: '2025-08-04' }] })
 */
export const ReportingDutySchema = z.strictObject({
  id: IdSchema,
  what: LocalizedTextSchema,
  units: z.array(IdSchema).check(z.minLength(1)),
  every: z.enum(['month', 'quarter', 'year']),
  dueDay: z.int().check(z.gte(1), z.lte(28)),
  from: PeriodSchema,
  until: z.optional(PeriodSchema),
  submissions: z.array(SubmissionSchema),
});

/**
 * A reporting duty.
 *
 * @category Ledgers
 * @example
 * const duty: ReportingDuty = { id: 'r-monthly', what: { zh: '整改进展月报' }, units: ['gangkou'], every: 'month', dueDay: 5, from: '2025-07', submissions: [] };
 */
export type ReportingDuty = z.infer<typeof ReportingDutySchema>;
