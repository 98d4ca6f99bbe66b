import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { MeasureStatusSchema } from '../vocabulary/measureStatus.schema.js';

/**
 * A progress report on a measure (and optionally one of its time nodes) on a date: percent
 * complete, the status the reporter claims, evidence and who reported.
 *
 * @category Model
 * @example
 * ProgressReportSchema.parse({ measure: 'm1', node: 'n1', date: '2025-06-30', percent: 80 })
 */
export const ProgressReportSchema = z.strictObject({
  measure: IdSchema,
  node: z.optional(IdSchema),
  date: z.iso.date(),
  percent: z.number().check(z.gte(0), z.lte(100)),
  status: z.optional(MeasureStatusSchema),
  evidence: z.optional(LocalizedTextSchema),
  reporter: z.optional(z.string()),
});

/**
 * A progress report.
 *
 * @category Model
 * @example
 * const report: ProgressReport = { measure: 'backward-capacity', node: 'half', date: '2025-12-20', percent: 60,
 *   evidence: { en: '60 % done; the rest still to close', … }, reporter: '市经信局局长' }; // from Meixi's reports.json
 */
export interface ProgressReport extends z.infer<typeof ProgressReportSchema> {}
