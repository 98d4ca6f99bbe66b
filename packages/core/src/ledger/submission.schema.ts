import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';
import { EvidenceSchema } from './evidence.schema.js';

/**
 * One unit's submission under a reporting duty (报送记录): the unit, the period it reports on, the
 * date it came in and, optionally, its evidence.
 *
 * @category Ledgers
 * @example
 * SubmissionSchema.parse({ unit: 'gangkou', period: '2025-07', date: '2025-08-04' })
 */
export const SubmissionSchema = z.strictObject({
  unit: IdSchema,
  period: PeriodSchema,
  date: z.iso.date(),
  evidence: z.optional(z.array(EvidenceSchema)),
});

/**
 * A submission.
 *
 * @category Ledgers
 * @example
 * const s: Submission = { unit: 'gangkou', period: '2025-07', date: '2025-08-04' };
 */
export type Submission = z.infer<typeof SubmissionSchema>;
