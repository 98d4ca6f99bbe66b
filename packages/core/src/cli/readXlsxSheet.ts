import type { ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import { readXlsxSheets } from './readXlsxSheets.js';
import type { ObservationSheet } from '../observation/readObservationsSheet.js';

/**
 * Reads one sheet of an `.xlsx` workbook as text cells (see `readXlsxSheets`), for
 * `readObservationsSheet`: the one named `sheet`, or else the workbook's first.
 *
 * @param bytes - The workbook file's bytes.
 * @param file - The file's name, for messages.
 * @param sheet - The sheet's name (`--sheet`); default the first sheet.
 * @returns The sheet, or an `invalid_workbook` issue saying why it cannot be read.
 */
export async function readXlsxSheet(
  bytes: Uint8Array,
  file: string,
  sheet?: string,
): Promise<ParseResult<ObservationSheet>> {
  const all = await readXlsxSheets(bytes, file);
  if (!all.ok) return all;
  const sheets = all.value;
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!chosen) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    return {
      ok: false,
      issues: [
        makeIssue(
          ['sheet', sheet ?? ''],
          'invalid_workbook',
          `${file} has no sheet "${sheet}"; its sheets: ${names}`,
          `${file} 中没有名为“${sheet}”的工作表；其中的工作表：${names}`,
        ),
      ],
    };
  }
  return { ok: true, value: chosen };
}
