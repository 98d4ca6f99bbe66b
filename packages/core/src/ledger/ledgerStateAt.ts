import type { LedgerEntry } from './ledgerEntry.js';
import type { Ledgers } from './ledgers.schema.js';
import { problemStateAt } from './problemStateAt.js';
import { orderStateAt } from './orderStateAt.js';
import { assignmentStateAt } from './assignmentStateAt.js';
import { dutyStateAt } from './dutyStateAt.js';

const finished = (e: LedgerEntry): number => (e.state === 'closed' || e.state === 'done' ? 1 : 0);

/**
 * Every ledger item as it stands at `asOf` (problems, each addressee of each order, assigned items,
 * each unit's report for each ended period), overdue first (most days first), then the items
 * still outstanding, then the finished ones, each group by due date and id. A pure function of
 * the ledgers and the date: no clock.
 *
 * @category Ledgers
 * @param ledgers - Valid ledgers (`parseLedgers`).
 * @param asOf - The date, `YYYY-MM-DD`; nothing after it is seen.
 * @returns The entries.
 * @example
 * ledgerStateAt(ledgers, '2025-12-31').filter((e) => e.overdueDays > 0).map((e) => e.id)
 * //=> ['p-2025-03', 'o-2025-09/qingxi', 'r-monthly/qingxi/2025-11'] (Meixi)
 */
export function ledgerStateAt(ledgers: Ledgers, asOf: string): LedgerEntry[] {
  const entries = [
    ...ledgers.problems.flatMap((p) => problemStateAt(p, asOf) ?? []),
    ...ledgers.orders.flatMap((o) => orderStateAt(o, asOf)),
    ...ledgers.dispatches.flatMap((d) => assignmentStateAt(d, asOf)),
    ...ledgers.duties.flatMap((d) => dutyStateAt(d, asOf)),
  ];
  return entries.sort(
    (a, b) =>
      b.overdueDays - a.overdueDays ||
      finished(a) - finished(b) ||
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
