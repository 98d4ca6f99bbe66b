import { csvFormatRows } from 'd3-dsv';

/**
 * A widget's data as a plain table: what its table alternative shows, and exactly what its
 * "Download CSV" writes. Cells are display text in the widget's language (numbers already
 * formatted and rounded as the widget shows them), so the download matches the screen.
 *
 * @category Layout
 * @example
 * const twin: TableTwin = { caption: 'Ranking · 2025', head: ['Rank', 'Unit', 'Total'], rows: [['1', 'Xihu District', '86.6']] };
 */
export interface TableTwin {
  /** What the table is, e.g. `Ranking · 2025`; also the base of the download's file name. */
  caption: string;
  /** Column headings. */
  head: string[];
  /** One array of cell texts per row, as long as `head`. */
  rows: string[][];
}

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

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters cannot be in a file name
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * A file name for a download: the caption with characters file systems reject replaced by `-`,
 * plus the extension.
 *
 * @category Layout
 * @param caption - The table's or chart's caption.
 * @param extension - `csv` or `svg`.
 * @returns The file name.
 * @example
 * downloadName('Ranking · 2025 / by total', 'csv') //=> 'Ranking · 2025 - by total.csv'
 */
export function downloadName(caption: string, extension: 'csv' | 'svg'): string {
  const base = caption.replace(NOT_IN_FILE_NAMES, '-').replace(/\s+/g, ' ').trim().slice(0, 120) || 'eco-reform';
  return `${base}.${extension}`;
}
