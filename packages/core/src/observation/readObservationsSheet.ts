import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Observation } from './observation.schema.js';
import type { ReadObservationsCsvOptions } from './readObservationsCsv.js';
import { readObservationRows } from './readObservationRows.js';

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

/** A column's letters as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
const letters = (c: number): string =>
  (c < 26 ? '' : letters(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));

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
  const at = (row: number) => ({
    path: ['sheet', sheet.name, 'row', row],
    en: `sheet "${sheet.name}", row ${row}`,
    zh: `工作表“${sheet.name}”第 ${row} 行`,
  });
  const header = sheet.rows[0] ?? [];
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, c) => {
    const key = name.trim().toLowerCase();
    if (key === '') return;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, c);
    else
      issues.push(
        makeIssue(
          [...at(1).path, name.trim()],
          'duplicate_column',
          `${at(1).en}: the header names column "${name.trim()}" twice (columns ${letters(earlier)} and ${letters(c)}); keep one`,
          `${at(1).zh}：表头中“${name.trim()}”列出现两次（${letters(earlier)} 列和 ${letters(c)} 列），请只保留一列`,
        ),
      );
  });
  if (issues.length > 0) return { ok: false, issues };
  // The sheet's row numbers of the rows that hold something; an empty row is spacing, not a record.
  const numbers: number[] = [];
  for (let k = 1; k < sheet.rows.length; k++) {
    if (sheet.rows[k]!.some((cell) => cell.trim() !== '')) numbers.push(k + 1);
  }
  return readObservationRows(
    {
      header,
      rows: numbers.map((n) => sheet.rows[n - 1]!),
      headerAt: at(1),
      rowAt: (r) => at(numbers[r]!),
      columnAt: (c, name) => ({ en: `column ${letters(c)} "${name}"`, zh: `，${letters(c)} 列“${name}”` }),
    },
    { framework },
  );
}
