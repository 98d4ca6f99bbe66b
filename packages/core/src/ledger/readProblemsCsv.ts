import type { ObservationSheet } from '../observation/readObservationsSheet.js';
import type { ParseResult } from '../result/issue.js';
import type { Problem } from './problem.schema.js';
import { readProblemRows } from './_lib/readProblemRows.js';

/**
 * Reads the problem ledger from CSV, one row per event (the columns of `problemCsvColumns`, by
 * name, in any order; `problem` and `action` required): an `open` row starts a problem, the rows
 * after it with the same `problem` (`apply`, `verify`, `close`, `return`) are its steps in file
 * order. The `evidence` cell holds `sha256sum` lines (`<hash>  <file>`, or `<hash> *<file>`). A
 * spreadsheet's sheet with the same header is read alike. Each cell is checked by the schemas,
 * each issue at its line (or sheet row) and column with what to write there (paths like
 * `line[7].evidence[0].sha256`, the header being line 1); refused too: a column the layout does
 * not have, a cell filled in a row whose action does not use it, a step of a problem never opened
 * and a problem opened twice. The lifecycle (order, roles, evidence required) is checked by
 * `readLedgersCsv` or `parseLedgers` on the ledgers the problems go into. Never throws.
 *
 * @category Ledgers
 * @param input - The CSV text, or a sheet's name and text cells.
 * @returns `{ ok: true, value }` with the problems in the order they were opened, or `{ ok: false, issues }`.
 * @example
 * readProblemsCsv(writeProblemsCsv(ledgers.problems)) //=> { ok: true, value: ledgers.problems } (Meixi; the person's unit is the problem's)
 */
export function readProblemsCsv(input: string | ObservationSheet): ParseResult<Problem[]> {
  const { items, log } = readProblemRows(input);
  return log.issues.length > 0 ? { ok: false, issues: log.issues } : { ok: true, value: items };
}
