import * as z from 'zod/mini';
import { ProblemStateSchema } from './problemState.schema.js';

/**
 * Where any ledger item stands at a date: a problem's state (see `ProblemStateSchema`), or `done`
 * for an order replied to, an assigned item finished or a report submitted; an order, item or
 * report still awaited is `open`. Overdue is told by `overdueDays`, not by the state.
 *
 * @category Ledgers
 * @example
 * LedgerStateSchema.parse('done') //=> 'done'
 */
export const LedgerStateSchema = z.enum([...ProblemStateSchema.options, 'done']);

/**
 * One of `open | applied | verified | returned | closed | done`.
 *
 * @category Ledgers
 * @example
 * const state: LedgerState = 'done';
 */
export type LedgerState = z.infer<typeof LedgerStateSchema>;
