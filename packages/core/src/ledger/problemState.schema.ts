import * as z from 'zod/mini';

/**
 * Where a problem stands: `open` (整改中), `applied` (申请销号, awaiting verification), `verified`
 * (验收通过, awaiting closure), `returned` (退回, to be rectified and applied for again) or `closed`
 * (销号). Being overdue is not a state of its own but a count of days (`overdueDays`) on an open
 * or returned problem past its deadline.
 *
 * @category Ledgers
 * @example
 * ProblemStateSchema.parse('returned') //=> 'returned'
 */
export const ProblemStateSchema = z.enum(['open', 'applied', 'verified', 'returned', 'closed']);

/**
 * One of `open | applied | verified | returned | closed`.
 *
 * @category Ledgers
 * @example
 * const state: ProblemState = 'applied';
 */
export type ProblemState = z.infer<typeof ProblemStateSchema>;
