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
