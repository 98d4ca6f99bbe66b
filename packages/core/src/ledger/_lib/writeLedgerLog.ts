import { csvFormatRows } from 'd3-dsv';

/** A ledger's event rows as CSV (RFC 4180, d3-dsv): the header, then one row per event, a missing cell empty; ends with a newline. */
export function writeLedgerLog(
  columns: ReadonlyArray<string>,
  rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>,
): string {
  return `${csvFormatRows([[...columns], ...rows.map((row) => columns.map((c) => row[c] ?? ''))])}\n`;
}
