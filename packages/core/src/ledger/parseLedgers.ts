import type { Framework } from '../model/framework.schema.js';
import type { Issue, ParseResult } from '../result/issue.js';
import { toIssues } from '../result/toIssues.js';
import { checkDuties } from './checkDuties.js';
import { checkLedgerIds } from './checkLedgerIds.js';
import { checkLedgerReferences } from './checkLedgerReferences.js';
import { checkOrdersAndDispatches } from './checkOrdersAndDispatches.js';
import { checkProblemHistory } from './checkProblemHistory.js';
import { type Ledgers, LedgersSchema } from './ledgers.schema.js';

/**
 * Checks ledgers in full and returns them, or every problem found with its path and a message in
 * both languages (nothing dropped, never the first only): their shape (an evidence without a
 * 64-hex SHA-256 is refused at `…evidence[0].sha256`); ids used twice; each problem's history
 * against the lifecycle (a closure before its application, a transition by a role that may not
 * make it, closure without evidence); orders' replies and dates; assigned items' dates; duties'
 * periods and submissions; and, with the framework, every unit and red-line zone it names. Never
 * throws.
 *
 * @category Ledgers
 * @param input - Parsed JSON (or what `readLedgersCsv` built).
 * @param framework - The framework the ledgers are for, to check their units and zones.
 * @param prefix - The ledgers' path in a larger document, e.g. `['ledgers']` in a bundle.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * parseLedgers({ office: 'meixi', problems: [], orders: [], dispatches: [], duties: [] }, framework).ok //=> true
 */
export function parseLedgers(
  input: unknown,
  framework?: Framework,
  prefix: ReadonlyArray<string | number> = [],
): ParseResult<Ledgers> {
  const r = LedgersSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, issues: toIssues(r.error.issues, prefix) };
  const ledgers = r.data;
  const issues: Issue[] = [
    ...checkLedgerIds(ledgers, prefix),
    ...ledgers.problems.flatMap((p, k) => checkProblemHistory(p, ledgers.office, [...prefix, 'problems', k])),
    ...checkOrdersAndDispatches(ledgers, prefix),
    ...checkDuties(ledgers, prefix),
    ...(framework ? checkLedgerReferences(framework, ledgers, prefix) : []),
  ];
  return issues.length === 0 ? { ok: true, value: ledgers } : { ok: false, issues };
}
