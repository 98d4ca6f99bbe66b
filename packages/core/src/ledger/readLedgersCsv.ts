import type { Framework } from '../model/framework.schema.js';
import type { Issue, ParseResult } from '../result/issue.js';
import { formatPath } from '../result/formatPath.js';
import type { Ledgers } from './ledgers.schema.js';
import type { LedgerCsvTables } from './ledgerCsvTables.js';
import { parseLedgers } from './parseLedgers.js';
import type { LedgerLog } from './_lib/readLedgerLog.js';
import { readDispatchRows } from './_lib/readDispatchRows.js';
import { readDutyRows } from './_lib/readDutyRows.js';
import { readOrderRows } from './_lib/readOrderRows.js';
import { readProblemRows } from './_lib/readProblemRows.js';

const kinds = ['problems', 'orders', 'dispatches', 'duties'] as const;

/** An issue of one ledger's table, its path under the ledger's name. */
const under = (kind: string, issue: Issue): Issue => {
  const path = [kind, ...issue.path];
  return { ...issue, path, at: formatPath(path) };
};

/**
 * Reads a city's ledgers from their CSV files (or spreadsheet sheets), one per ledger, and checks
 * them as `parseLedgers` checks the JSON document: each table's cells (see `readProblemsCsv`; the
 * other layouts follow the same rules), then the lifecycle, dates, ids and, with the framework,
 * every unit and zone. Every issue is at the table, row and column it came from: its path starts
 * with the ledger (`['orders', 'line', 4, 'unit']`, shown `orders.line[4].unit`, or
 * `['problems', 'sheet', '问题', 'row', 7, 'by_unit']`) and its message names the line or row and
 * the column, with what to write there. Only an issue with the office itself is at `office`.
 * Never throws.
 *
 * @category Ledgers
 * @param tables - The office and the ledgers' tables.
 * @param framework - The framework the ledgers are for, to check their units and zones.
 * @returns `{ ok: true, value }` with the ledgers, or `{ ok: false, issues }`.
 * @example
 * readLedgersCsv({ office: 'supervision', ...writeLedgersCsv(ledgers) }, framework) //=> { ok: true, value: ledgers } (Meixi, titles and names aside)
 */
export function readLedgersCsv(tables: LedgerCsvTables, framework?: Framework): ParseResult<Ledgers> {
  const read = {
    problems: tables.problems === undefined ? undefined : readProblemRows(tables.problems),
    orders: tables.orders === undefined ? undefined : readOrderRows(tables.orders),
    dispatches: tables.dispatches === undefined ? undefined : readDispatchRows(tables.dispatches),
    duties: tables.duties === undefined ? undefined : readDutyRows(tables.duties),
  };
  const logs: Partial<Record<(typeof kinds)[number], LedgerLog>> = {};
  const issues: Issue[] = [];
  for (const kind of kinds) {
    const r = read[kind];
    if (!r) continue;
    logs[kind] = r.log;
    for (const issue of r.log.issues) issues.push(under(kind, issue));
  }
  if (issues.length > 0) return { ok: false, issues };
  const ledgers = {
    office: tables.office,
    problems: read.problems?.items ?? [],
    orders: read.orders?.items ?? [],
    dispatches: read.dispatches?.items ?? [],
    duties: read.duties?.items ?? [],
  };
  const checked = parseLedgers(ledgers, framework);
  if (checked.ok) return checked;
  return {
    ok: false,
    issues: checked.issues.map((issue) => {
      const kind = kinds.find((k) => k === issue.path[0]);
      const located = kind ? logs[kind]?.locate(issue, 1) : undefined;
      return located && kind ? under(kind, located) : issue;
    }),
  };
}
