import type { StatusRecord } from '../accountability/escalate.js';
import type { LedgerEntry } from './ledgerEntry.js';

/**
 * The overdue ledger items as status records for the escalation ladder (`escalate`): one record
 * per overdue entry, dated `asOf`, status `overdue` with its days, the entry's id in place of a
 * measure's and its unit, so a step such as `{ status: 'overdue', overdueDays: 30 }` fires on an
 * item overdue 30 days or more exactly as on a late measure.
 *
 * @category Ledgers
 * @param entries - `ledgerStateAt(ledgers, asOf)`.
 * @param asOf - The same date.
 * @returns The records, in the entries' order.
 * @example
 * escalate(ledgerStatusRecords(ledgerStateAt(ledgers, '2025-12-31'), '2025-12-31'), framework.scheme.escalation!, '2025-12-31')
 *   .map((e) => [e.measure, e.action]) //=> [['p-2025-03', 'accountability'], …] (Meixi)
 */
export function ledgerStatusRecords(entries: ReadonlyArray<LedgerEntry>, asOf: string): StatusRecord[] {
  return entries
    .filter((e) => e.overdueDays > 0)
    .map((e) => ({ measure: e.id, date: asOf, status: 'overdue', overdueDays: e.overdueDays, unit: e.unit }));
}
