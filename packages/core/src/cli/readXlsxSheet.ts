import readXlsxFile from 'read-excel-file/universal';
import type { ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { ObservationSheet } from '../observation/readObservationsSheet.js';

/** A cell as read-excel-file gives it (numbers kept as the text the file stores), as the text the CSV grammar reads. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  // A date-formatted cell is a day: written as the period grammar's day (2025-07-15), in UTC as the reader builds it.
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/**
 * Reads one sheet of an `.xlsx` workbook as text cells, for `readObservationsSheet`: the CLI's
 * only use of read-excel-file, kept out of the core so that the core stays free of it. Numbers
 * come out as the text the file stores (`parseNumber` keeps it), so they go through the same
 * `parseCell` grammar as a CSV's; text cells are not trimmed (notes keep their white space).
 * The sheet is the one named `sheet`, or else the workbook's first.
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
  let sheets: Array<{ sheet: string; data: unknown[][] }>;
  try {
    const copy = bytes.slice().buffer;
    sheets = (await readXlsxFile<string>(copy, { trim: false, parseNumber: (text) => text })) as typeof sheets;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        makeIssue(
          [],
          'invalid_workbook',
          `${file} is not an .xlsx workbook that can be read (${reason}); save it from the spreadsheet as .xlsx (Excel workbook), or as CSV UTF-8`,
          `${file} 不是可读取的 .xlsx 工作簿（${reason}）；请在表格软件中另存为 .xlsx（Excel 工作簿）或 CSV UTF-8`,
        ),
      ],
    };
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    const names = sheets.map((s) => `"${s.sheet}"`).join(', ');
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
  return { ok: true, value: { name: chosen.sheet, rows: chosen.data.map((row) => row.map(cellText)) } };
}
