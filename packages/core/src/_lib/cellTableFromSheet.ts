import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { CellPlace, CellTable } from './cellTable.js';
import { columnLetters } from './columnLetters.js';

/**
 * A spreadsheet's sheet (its name and text cells, the header in its first row) as a table: empty
 * rows are spacing and left out, each row keeps the number the spreadsheet shows, each column its
 * letter; a header naming a column twice is an issue.
 */
export function cellTableFromSheet(sheet: { name: string; rows: ReadonlyArray<ReadonlyArray<string>> }): CellTable {
  const at = (row: number): CellPlace => ({
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
          `${at(1).en}: the header names column "${name.trim()}" twice (columns ${columnLetters(earlier)} and ${columnLetters(c)}); keep one`,
          `${at(1).zh}：表头中“${name.trim()}”列出现两次（${columnLetters(earlier)} 列和 ${columnLetters(c)} 列），请只保留一列`,
        ),
      );
  });
  // The sheet's row numbers of the rows that hold something; an empty row is spacing, not a record.
  const numbers: number[] = [];
  for (let k = 1; k < sheet.rows.length; k++) {
    if (sheet.rows[k]!.some((cell) => cell.trim() !== '')) numbers.push(k + 1);
  }
  return {
    header,
    rows: numbers.map((n) => sheet.rows[n - 1]!),
    headerAt: at(1),
    rowAt: (r) => at(numbers[r]!),
    columnAt: (c, name) => ({ en: `column ${columnLetters(c)} "${name}"`, zh: `，${columnLetters(c)} 列“${name}”` }),
    issues,
  };
}
