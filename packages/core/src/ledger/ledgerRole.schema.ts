import * as z from 'zod/mini';

/**
 * Who acts on a ledger item: the `responsible` unit (责任单位, which rectifies and applies for
 * closure), the `checker` (验收单位, which verifies the rectification) and the `supervisor` (the
 * supervision office, 督查室, which closes the item or returns it). The lifecycle table
 * (`problemLifecycle`) says which role may make which transition.
 *
 * @category Ledgers
 * @example
 * LedgerRoleSchema.parse('checker') //=> 'checker'
 */
export const LedgerRoleSchema = z.enum(['responsible', 'checker', 'supervisor']);

/**
 * One of `responsible | checker | supervisor`.
 *
 * @category Ledgers
 * @example
 * const role: LedgerRole = 'responsible';
 */
export type LedgerRole = z.infer<typeof LedgerRoleSchema>;
