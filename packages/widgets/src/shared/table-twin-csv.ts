import { csvFormatRows } from 'd3-dsv';
import type { TableTwin } from './table-twin.js';

// Its own file (with d3-dsv) because the widgets import it only when a reader asks for a download
// (see downloadTableCsv): a page that shows a table never fetches the CSV writer.

// A cell a spreadsheet would read as a formula (OWASP "CSV injection"); numbers such as -3.2 are data.
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+([.,]\d+)*|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * The table as CSV (RFC 4180 quoting by d3-dsv, CRLF line ends, a UTF-8 byte-order mark so
 * spreadsheet programs read Chinese text correctly). A text cell that starts like a formula
 * (`=`, `+`, `-`, `@`) gets a leading `'` so it opens as text, never runs; numbers keep their sign.
 *
 * @category Layout
 * @param twin - The table.
 * @returns The CSV text.
 * @example
 * tableTwinCsv({ caption: 'x', head: ['Unit', 'Δ'], rows: [['=HYPERLINK("x")', '-2']] })
 * //=> '\uFEFFUnit,Δ\r\n"\'=HYPERLINK(""x"")",-2'
 */
export function tableTwinCsv(twin: TableTwin): string {
  const safe = (cell: string): string => (FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell);
  return `\uFEFF${csvFormatRows([twin.head, ...twin.rows].map((row) => row.map(safe))).replace(/\n/g, '\r\n')}`;
}
