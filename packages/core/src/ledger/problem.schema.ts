import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { LocalizedTextSchema } from '../model/localizedText.schema.js';
import { PersonSchema } from '../model/person.schema.js';
import { ProblemSourceSchema } from './problemSource.schema.js';
import { ProblemTransitionSchema } from './problemTransition.schema.js';

/**
 * A problem in the rectification ledger (问题台账): its source, the unit answerable (责任单位) and,
 * when named, the person, what was found, the rectification measures (整改措施), the date it was
 * opened, the deadline (整改时限), the unit that verifies it (验收单位), and its lifecycle
 * (整改中 → 申请销号 → 验收 → 销号, or 退回) as dated transitions in the order they happened.
 *
 * @category Ledgers
 * @example
 * ProblemSchema.parse({ id: 'p-2025-01', source: { kind: 'complaint', document: '12345-0412' }, unit: 'gangkou',
 *   found: { zh: '港区码头扬尘' }, opened: '2025-04-12', deadline: '2025-06-30', checker: 'eeb', history: [] })
 */
export const ProblemSchema = z.strictObject({
  id: IdSchema,
  source: ProblemSourceSchema,
  unit: IdSchema,
  person: z.optional(PersonSchema),
  found: LocalizedTextSchema,
  measures: z.optional(LocalizedTextSchema),
  opened: z.iso.date(),
  deadline: z.iso.date(),
  checker: IdSchema,
  history: z.array(ProblemTransitionSchema),
});

/**
 * A problem in the ledger.
 *
 * @category Ledgers
 * @example
 * const p: Problem = { id: 'p-2025-01', source: { kind: 'complaint', document: '12345-0412' }, unit: 'gangkou',
 *   found: { zh: '港区码头扬尘' }, opened: '2025-04-12', deadline: '2025-06-30', checker: 'eeb', history: [] };
 */
export type Problem = z.infer<typeof ProblemSchema>;
