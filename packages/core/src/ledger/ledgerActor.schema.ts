import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { LedgerRoleSchema } from './ledgerRole.schema.js';

/**
 * Who made a transition: the role they acted in, their unit (which must be the unit holding that
 * role on the item) and, optionally, the person's name or position as text.
 *
 * @category Ledgers
 * @example
 * LedgerActorSchema.parse({ role: 'responsible', unit: 'nanshan', person: '南山区副区长' })
 */
export const LedgerActorSchema = z.strictObject({
  role: LedgerRoleSchema,
  unit: IdSchema,
  person: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Who made a transition.
 *
 * @category Ledgers
 * @example
 * const by: LedgerActor = { role: 'checker', unit: 'eeb' };
 */
export type LedgerActor = z.infer<typeof LedgerActorSchema>;
