import type { Issue } from '../result/issue.js';

/** Where a row of a table is: the path its cells' paths start with, and its name in a sentence. */
export interface CellPlace {
  /** e.g. `['line', 7]` or `['sheet', '督办单', 'row', 7]`. */
  path: Array<string | number>;
  /** e.g. `line 7`, `sheet "督办单", row 7`. */
  en: string;
  /** e.g. `第 7 行`, `工作表“督办单”第 7 行`. */
  zh: string;
}

/**
 * A table of text cells, wherever it was read (a CSV text, a spreadsheet's sheet), with where
 * each row is and what was wrong with its shape: what the row readers of a CSV layout read.
 */
export interface CellTable {
  /** The header row as written. */
  header: ReadonlyArray<string>;
  /** The data rows that hold something, one text cell per header column. */
  rows: ReadonlyArray<ReadonlyArray<string>>;
  /** Where the header is. */
  headerAt: CellPlace;
  /** Where data row `r` is. */
  rowAt: (r: number) => CellPlace;
  /** How column `c`, named `name`, is named in a sentence (`column "date"`, `column D "date"`). */
  columnAt: (c: number, name: string) => { en: string; zh: string };
  /** The shape's issues: a column named twice, rows of the wrong length, stray quotes. */
  issues: Issue[];
}
