import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../model/localizedText.schema.js';
import { EvidenceSchema } from './evidence.schema.js';
import { LedgerActorSchema } from './ledgerActor.schema.js';

/**
 * One dated step of a problem's lifecycle, by someone in a role: `apply` (申请销号, with evidence),
 * `verify` (验收 passed), `close` (销号, with evidence) or `return` (退回, with the reason in
 * `note`). Which step may follow which, by whom, is the table `problemLifecycle`.
 *
 * @category Ledgers
 * @example
 * ProblemTransitionSchema.parse({ action: 'return', date: '2025-09-12', by: { role: 'checker', unit: 'eeb' },
 *   note: { zh: '复绿面积不足，退回继续整改' } })
 */
export const ProblemTransitionSchema = z.strictObject({
  action: z.enum(['apply', 'verify', 'close', 'return']),
  date: z.iso.date(),
  by: LedgerActorSchema,
  note: z.optional(LocalizedTextSchema),
  evidence: z.optional(z.array(EvidenceSchema)),
});

/**
 * A step of a problem's lifecycle.
 *
 * @category Ledgers
 * @example
 * const step: ProblemTransition = { action: 'apply', date: '2025-08-30', by: { role: 'responsible', unit: 'nanshan' },
 *   evidence: [{ ref: 'nanshan-replanting.pdf', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }] };
 */
export type ProblemTransition = z.infer<typeof ProblemTransitionSchema>;
