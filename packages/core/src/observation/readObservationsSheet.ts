import type { ParseResult } from '../result/issue.js';
import type { Observation } from './observation.schema.js';
import type { ReadObservationsCsvOptions } from './readObservationsCsv.js';
import { readObservationRows } from './readObservationRows.js';
import { cellTableFromSheet } from '../_lib/cellTableFromSheet.js';

/**
 * One sheet of a workbook as text cells: its name and its rows from the sheet's first row, the
 * header, on. A spreadsheet reader (the CLI's `.xlsx` reader) writes each cell as text: a number
 * as written in the file, a yes/no as `true`/`false`, a date as `2025-07-15`, an empty cell as
 * `''`.
 *
 * @category I/O
 * @example
 * const sheet: ObservationSheet = { name: '观测', rows: [['indicator', 'unit', 'period', 'value'], ['pm25', 'xihu', '2025', '31']] };
 */
export interface ObservationSheet {
  /** The sheet's name, as the workbook shows it on its tab. */
  name: string;
  /** The sheet's rows, the header first; row `k` is the sheet's row `k + 1`. */
  rows: ReadonlyArray<ReadonlyArray<string>>;
}

/**
 * Reads long-format observations from a spreadsheet's sheet, with the header and the cell
 * grammar of {@link readObservationsCsv} (the same row reader, `readObservationRows`): header
 * `indicator,unit,period,value[,note,source,revision]` in the sheet's first row, columns in any
 * order. Empty rows are skipped. Every issue names the sheet, the row as the spreadsheet numbers
 * it and the column by its letter and name: path `['sheet', '观测', 'row', 4, 'value']`, message
 * `sheet "观测", row 4, column D "value": …` (`工作表“观测”第 4 行，D 列“value”：…`). A header naming a column twice is refused.
 *
 * @category I/O
 * @param sheet - The sheet's name and text cells.
 * @param options - **framework**: check each value's kind and the rows' ids against it.
 * @returns `{ ok: true, value }` with one observation per non-empty data row, or `{ ok: false, issues }`.
 * @example
 * readObservationsSheet({ name: '观测', rows: [['indicator', 'unit', 'period', 'value'], ['pm25', 'xihu', '2025', '1,100']] })
 * //=> { ok: true, value: [{ indicator: 'pm25', unit: 'xihu', period: '2025', value: 1100 }] }
 */
export function readObservationsSheet(
  sheet: ObservationSheet,
  { framework }: ReadObservationsCsvOptions = {},
): ParseResult<Observation[]> {
  const table = cellTableFromSheet(sheet);
  if (table.issues.length > 0) return { ok: false, issues: table.issues };
  return readObservationRows(table, { framework });
}
