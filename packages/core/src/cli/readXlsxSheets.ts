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
 * Reads every sheet of an `.xlsx` workbook as text cells, in the workbook's order: the CLI's only
 * use of read-excel-file, kept out of the core so that the core stays free of it. Numbers come out
 * as the text the file stores, so they go through the same cell grammar as a CSV's; text cells are
 * not trimmed (notes keep their white space).
 *
 * @param bytes - The workbook file's bytes.
 * @param file - The file's name, for messages.
 * @returns The sheets, or an `invalid_workbook` issue saying why the file cannot be read.
 */
export async function readXlsxSheets(bytes: Uint8Array, file: string): Promise<ParseResult<ObservationSheet[]>> {
  try {
    const copy = bytes.slice().buffer;
    const sheets = (await readXlsxFile<string>(copy, { trim: false, parseNumber: (text) => text })) as Array<{
      sheet: string;
      data: unknown[][];
    }>;
    return { ok: true, value: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) })) };
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
}
