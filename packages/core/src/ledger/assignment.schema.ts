import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { LocalizedTextSchema } from '../model/localizedText.schema.js';
import { PersonSchema } from '../model/person.schema.js';
import { EvidenceSchema } from './evidence.schema.js';

/**
 * An item assigned at a dispatch meeting (交办事项): what, the unit that owns it (and the person,
 * when named), the due date and, once done, the date and its evidence. It behaves like a task:
 * open, overdue after its due date, done (late if after it).
 *
 * @category Ledgers
 * @example
 * AssignmentSchema.parse({ id: 'd1-a1', task: { zh: '完成港区岸电改造方案' }, unit: 'gangkou', due: '2025-06-30' })
 */
export const AssignmentSchema = z.strictObject({
  id: IdSchema,
  task: LocalizedTextSchema,
  unit: IdSchema,
  person: z.optional(PersonSchema),
  due: z.iso.date(),
  done: z.optional(
    z.strictObject({
      date: z.iso.date(),
      note: z.optional(LocalizedTextSchema),
      evidence: z.optional(z.array(EvidenceSchema)),
    }),
  ),
});

/**
 * An assigned item.
 *
 * @category Ledgers
 * @example
 * const item: Assignment = { id: 'd1-a1', task: { zh: '完成港区岸电改造方案' }, unit: 'gangkou', due: '2025-06-30', done: { date: '2025-06-20' } };
 */
export type Assignment = z.infer<typeof AssignmentSchema>;
