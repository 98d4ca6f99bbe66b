import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { LocalizedTextSchema } from '../model/localizedText.schema.js';
import { AssignmentSchema } from './assignment.schema.js';

/**
 * A dispatch meeting (调度会): what meeting, its date, the units that attended, the decisions taken
 * and the items assigned (交办事项), which are then tracked like tasks.
 *
 * @category Ledgers
 * @example
 * DispatchRecordSchema.parse({ id: 'd-2025-05', meeting: { zh: '生态环境问题整改调度会' }, date: '2025-05-20',
 *   attendees: ['eeb', 'gangkou'], decisions: [{ zh: '港区扬尘问题 6 月底前整改到位' }], assignments: [] })
 */
export const DispatchRecordSchema = z.strictObject({
  id: IdSchema,
  meeting: LocalizedTextSchema,
  date: z.iso.date(),
  attendees: z.array(IdSchema),
  decisions: z.array(LocalizedTextSchema),
  assignments: z.array(AssignmentSchema),
});

/**
 * A dispatch meeting's record.
 *
 * @category Ledgers
 * @example
 * const meeting: DispatchRecord = { id: 'd-2025-05', meeting: { zh: '整改调度会' }, date: '2025-05-20', attendees: ['eeb'], decisions: [], assignments: [] };
 */
export type DispatchRecord = z.infer<typeof DispatchRecordSchema>;
