import type * as z from 'zod/mini';
import type { CellPlace, CellTable } from '../../_lib/cellTable.js';
import { cellTableFromCsv } from '../../_lib/cellTableFromCsv.js';
import { cellTableFromSheet } from '../../_lib/cellTableFromSheet.js';
import type { Issue, IssueCode } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { toIssues } from '../../result/toIssues.js';
import { ledgerCellHints } from './ledgerCellHints.js';
import type { LedgerCsvLayout } from './ledgerCsvLayout.js';
import { readEvidenceCell } from './readEvidenceCell.js';

/** JSON key (or `key.sub`) of what a row builds → the CSV column it was read from. */
export type ColumnOf = Readonly<Record<string, string>>;

/** One data row of a ledger's CSV, with its cells and a way to report what is wrong with them. */
export interface LedgerRow {
  /** The item's id (the layout's first column), trimmed. */
  id: string;
  /** The row's action, trimmed. */
  action: string;
  /** Where the row is. */
  at: CellPlace;
  /** A cell, trimmed; `''` when the column is absent. */
  cell: (name: string) => string;
  /** A list of ids: the cell split at `;`, each trimmed, empty ones left out. */
  ids: (name: string) => string[];
  /** A list of texts: one per line of the cell, empty lines kept (none when the cell is blank). */
  lines: (name: string) => string[];
  /** The evidence cell's `sha256sum` lines. */
  evidence: () => Array<{ ref: string; sha256: string }>;
  /** Records an issue at a cell of this row, with the column's hint unless `hinted` is false. */
  fail: (column: string, code: IssueCode, en: string, zh: string, hinted?: boolean) => void;
  /** Checks what the row builds with a schema: each issue at the column it came from (`columnOf`), with the column's hint. */
  parse: <T>(schema: z.ZodMiniType<T>, candidate: unknown, columnOf: ColumnOf) => T | undefined;
  /** Records that the item (or sub-item) at `path` in the ledger's list was read from this row, for {@link LedgerLog.locate}. */
  place: (path: ReadonlyArray<string | number>, columnOf: ColumnOf) => void;
}

/** The rows of a ledger's CSV and the issues found reading them. */
export interface LedgerLog {
  rows: LedgerRow[];
  issues: Issue[];
  /**
   * Moves an issue found on what the rows built (its path in the ledger's list after `skip`
   * leading keys, e.g. `['orders', 0, 'replies', 1, 'unit']` with `skip` 1) to the row and column
   * it was read from; `undefined` when no row built that path.
   */
  locate: (issue: Issue, skip: number) => Issue | undefined;
}

const cellSentence = (table: CellTable, name: string): { en: string; zh: string } => {
  const c = table.header.findIndex((h) => h.trim().toLowerCase() === name);
  return c < 0 ? { en: `column "${name}"`, zh: `“${name}”列` } : table.columnAt(c, name);
};

/** The issue at a row's cell: the place and column in its message and, when `hinted`, the column's hint after it. */
const cellIssue = (
  table: CellTable,
  at: CellPlace,
  column: string,
  rest: ReadonlyArray<string | number>,
  code: IssueCode,
  en: string,
  zh: string,
  hinted: boolean,
): Issue => {
  const col = cellSentence(table, column);
  const hint = hinted ? ledgerCellHints[column] : undefined;
  return makeIssue(
    [...at.path, column, ...rest],
    code,
    `${at.en}, ${col.en}: ${en}${hint ? `; ${hint.en}` : ''}`,
    `${at.zh}${col.zh}：${zh}${hint ? `；${hint.zh}` : ''}`,
  );
};

/** The column a JSON path was read from, and the rest of the path after the keys it consumed. */
const columnFor = (
  path: ReadonlyArray<string | number>,
  columnOf: ColumnOf,
  fallback: string,
): [string, Array<string | number>] => {
  const two = `${String(path[0])}.${String(path[1])}`;
  if (path.length > 1 && Object.hasOwn(columnOf, two)) return [columnOf[two]!, path.slice(2)];
  if (path.length > 0 && Object.hasOwn(columnOf, String(path[0]))) return [columnOf[String(path[0])]!, path.slice(1)];
  return [fallback, [...path]];
};

/**
 * Reads a ledger kept as an event log, one row per event (the layout's columns by name, in any
 * order, a header cell's case and spaces aside): the item's id and the row's `action` are
 * required; a column the layout does not have, an action it does not know, and a cell filled in a
 * row whose action does not use it are issues (nothing is ignored). A CSV text (a BOM skipped; the
 * encoding decoded by the caller) or a spreadsheet's sheet is read alike.
 */
export function readLedgerLog(
  input: string | { name: string; rows: ReadonlyArray<ReadonlyArray<string>> },
  layout: LedgerCsvLayout,
): LedgerLog {
  const table = typeof input === 'string' ? cellTableFromCsv(input) : cellTableFromSheet(input);
  const issues: Issue[] = [...table.issues];
  const header = table.header.map((h) => h.trim().toLowerCase());
  const [idColumn] = layout.columns;
  const known = new Set<string>(layout.columns);
  const places = new Map<string, { at: CellPlace; columnOf: ColumnOf }>();
  const log: LedgerLog = {
    rows: [],
    issues,
    locate: (issue, skip) => {
      const path = issue.path.slice(skip);
      for (let n = path.length; n > 0; n--) {
        const p = places.get(JSON.stringify(path.slice(0, n)));
        if (!p) continue;
        const [column, rest] = columnFor(path.slice(n), p.columnOf, idColumn!);
        // What to write helps with an unknown id; a date out of order or a step out of turn is not a matter of spelling.
        const hinted = issue.code === 'unknown_reference';
        return cellIssue(table, p.at, column, rest, issue.code, issue.message.en, issue.message.zh, hinted);
      }
      return undefined;
    },
  };
  for (const name of [idColumn!, 'action'])
    if (!header.includes(name))
      issues.push(
        makeIssue(
          [...table.headerAt.path, name],
          'missing_column',
          `${table.headerAt.en}: the header has no "${name}" column; the columns are ${layout.columns.join(', ')}`,
          `${table.headerAt.zh}：表头缺少“${name}”列；各列为 ${layout.columns.join('、')}`,
        ),
      );
  header.forEach((name, c) => {
    if (name !== '' && !known.has(name))
      issues.push(
        makeIssue(
          [...table.headerAt.path, table.header[c]!.trim()],
          'unrecognized_keys',
          `${table.headerAt.en}, ${table.columnAt(c, table.header[c]!.trim()).en}: not a column of this ledger, whose columns are ${layout.columns.join(', ')}; rename it or remove it`,
          `${table.headerAt.zh}${table.columnAt(c, table.header[c]!.trim()).zh}：不是本台账的列（各列为 ${layout.columns.join('、')}）；请改名或删除`,
        ),
      );
  });
  if (issues.length > 0) return log;
  table.rows.forEach((cells, r) => {
    const at = table.rowAt(r);
    const raw = (name: string): string => {
      const k = header.indexOf(name);
      return k < 0 ? '' : (cells[k] ?? '');
    };
    const fail = (column: string, code: IssueCode, en: string, zh: string, hinted = true): void => {
      issues.push(cellIssue(table, at, column, [], code, en, zh, hinted));
    };
    const row: LedgerRow = {
      id: raw(idColumn!).trim(),
      action: raw('action').trim(),
      at,
      cell: (name) => raw(name).trim(),
      ids: (name) =>
        raw(name)
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      // Not trimmed as a whole: an empty last line is a text missing in this language, not spacing.
      lines: (name) => (raw(name).trim() === '' ? [] : raw(name).split(/\r\n|\r|\n/)),
      evidence: () => readEvidenceCell(raw('evidence')),
      fail,
      parse: (schema, candidate, columnOf) => {
        const p = schema.safeParse(candidate, { reportInput: true });
        if (p.success) return p.data;
        for (const issue of toIssues(p.error.issues)) {
          const [column, rest] = columnFor(issue.path, columnOf, idColumn!);
          issues.push(cellIssue(table, at, column, rest, issue.code, issue.message.en, issue.message.zh, true));
        }
        return undefined;
      },
      place: (path, columnOf) => places.set(JSON.stringify(path), { at, columnOf }),
    };
    if (row.id === '') {
      fail(idColumn!, 'invalid_cell', 'empty: every row names its item', '为空：每行都须写明所属事项');
      return;
    }
    const uses = Object.hasOwn(layout.actions, row.action) ? layout.actions[row.action] : undefined;
    if (!uses) {
      fail(
        'action',
        'invalid_cell',
        `"${row.action}" is not an action of this ledger: ${Object.keys(layout.actions).join(', ')}`,
        `“${row.action}”不是本台账的操作：${Object.keys(layout.actions).join('、')}`,
      );
      return;
    }
    let stray = false;
    header.forEach((name, c) => {
      if (name !== '' || (cells[c] ?? '').trim() === '') return;
      fail(
        `column ${c + 1}`,
        'invalid_cell',
        'a cell under a column with no name would be lost; name the column or empty the cell',
        '无列名的列中有内容，会丢失；请给该列命名或清空该单元格',
        false,
      );
      stray = true;
    });
    for (const name of header)
      if (
        name !== idColumn &&
        name !== 'action' &&
        known.has(name) &&
        !uses.includes(name) &&
        raw(name).trim() !== ''
      ) {
        fail(
          name,
          'invalid_cell',
          `a "${row.action}" row does not use this column, so its value would be lost; leave it empty (its columns: ${uses.join(', ')})`,
          `“${row.action}”行不使用此列，所填内容会丢失；请留空（该行使用的列：${uses.join('、')}）`,
          false,
        );
        stray = true;
      }
    if (!stray) log.rows.push(row);
  });
  return log;
}
