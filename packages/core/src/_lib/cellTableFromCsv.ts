import { readCsvRows, type ReadCsvRowsOptions } from './readCsvRows.js';
import type { CellTable } from './cellTable.js';

/** A CSV text as a table (see `readCsvRows`: a BOM is skipped, rows keep their physical line, the header is line 1). */
export function cellTableFromCsv(text: string, options: ReadCsvRowsOptions = {}): CellTable {
  const csv = readCsvRows(text, options);
  return {
    header: csv.header,
    rows: csv.rows,
    headerAt: { path: ['line', 1], en: 'line 1', zh: '第 1 行' },
    rowAt: (r) => ({ path: ['line', csv.lines[r]!], en: `line ${csv.lines[r]}`, zh: `第 ${csv.lines[r]} 行` }),
    columnAt: (_c, name) => ({ en: `column "${name}"`, zh: `“${name}”列` }),
    issues: csv.issues,
  };
}
