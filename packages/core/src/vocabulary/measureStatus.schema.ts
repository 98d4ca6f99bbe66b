import * as z from 'zod/mini';

/**
 * Status of a measure (reform task, 重点任务) on a date, from its time nodes and progress reports.
 *
 * @category Model
 * @example
 * MeasureStatusSchema.parse('overdue') //=> 'overdue'
 */
export const MeasureStatusSchema = z.enum(['notStarted', 'onTrack', 'atRisk', 'lagging', 'overdue', 'done']);

/**
 * One of `notStarted | onTrack | atRisk | lagging | overdue | done`.
 *
 * @category Model
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025 }).measures.find((m) => m.measure === 'backward-capacity')?.status
 * //=> 'overdue' (Meixi)
 */
export type MeasureStatus = z.infer<typeof MeasureStatusSchema>;
