import type { LedgerEntry } from './ledgerEntry.js';

/**
 * The flag an entry raises for the scheme's rules: `overdue<Kind>` while it is overdue, or
 * `late<Kind>` once done late, where Kind is `Problem`, `Order`, `Assignment` or `Submission`
 * (a submission still missing after its due date is `overdueSubmission`).
 *
 * @category Ledgers
 * @example
 * const flag: LedgerFlagName = 'overdueProblem';
 */
export type LedgerFlagName = `${'overdue' | 'late'}${'Problem' | 'Order' | 'Assignment' | 'Submission'}`;

const kinds = { problem: 'Problem', order: 'Order', assignment: 'Assignment', submission: 'Submission' } as const;

/**
 * The flag an entry raises, or `null` when it is neither overdue nor was late: the one place the
 * ledgers say what counts against a unit.
 *
 * @category Ledgers
 * @param entry - An entry from `ledgerStateAt`.
 * @returns The flag name, or `null`.
 * @example
 * ledgerFlagName({ ...entry, kind: 'order', overdueDays: 0, lateDays: 4 }) //=> 'lateOrder'
 */
export function ledgerFlagName(entry: LedgerEntry): LedgerFlagName | null {
  if (entry.overdueDays > 0) return `overdue${kinds[entry.kind]}`;
  if (entry.lateDays > 0) return `late${kinds[entry.kind]}`;
  return null;
}
