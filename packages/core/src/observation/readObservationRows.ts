import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Framework } from '../model/framework.schema.js';
import type { Indicator } from '../model/indicator.schema.js';
import type { Observation } from './observation.schema.js';
import { parsePeriod } from './parsePeriod.js';
import { parseRevisionCell } from './parseRevisionCell.js';
import { parseCell } from './parseCell.js';
import { checkValueKind } from './checkValueKind.js';
import { checkConflictingObservations, type ObservationPlace } from './checkConflictingObservations.js';
import { checkObservationIds } from '../model/checkObservationIds.js';

const required = ['indicator', 'unit', 'period', 'value'] as const;
const optional = ['note', 'note_zh', 'note_en', 'source', 'revision'] as const;

/**
 * Long-format observation rows as text cells, wherever they were read (a CSV text, a
 * spreadsheet's sheet), with where each row is, for {@link readObservationRows}.
 *
 * @category I/O
 * @example
 * const rows: ObservationRows = {
 *   header: ['indicator', 'unit', 'period', 'value'],
 *   rows: [['pm25', 'xihu', '2025', '31']],
 *   headerAt: { path: ['line', 1], en: 'line 1', zh: '第 1 行' },
 *   rowAt: (r) => ({ path: ['line', r + 2], en: `line ${r + 2}`, zh: `第 ${r + 2} 行` }),
 *   columnAt: (c, name) => ({ en: `column "${name}"`, zh: `“${name}”列` }),
 * };
 */
export interface ObservationRows {
  /** The header row as written; names are matched trimmed and lower-cased. */
  header: ReadonlyArray<string>;
  /** The data rows, one text cell per header column. */
  rows: ReadonlyArray<ReadonlyArray<string>>;
  /** Where the header is (a missing column is reported there). */
  headerAt: ObservationPlace;
  /** Where data row `r` is: the path its cells' paths start with, and its name in a sentence. */
  rowAt: (r: number) => ObservationPlace;
  /** How column `c`, named `name` in the header, is named in a sentence (a CSV's `column "value"`, a sheet's `column D "value"`). */
  columnAt: (c: number, name: string) => { en: string; zh: string };
}

/**
 * Reads long-format observation rows, header `indicator,unit,period,value[,note,source,revision]`
 * (columns in any order, other columns ignored; a note in both languages in `note_zh` and
 * `note_en` instead of `note`, read as `{ zh, en }`), the one row reader behind
 * {@link readObservationsCsv} and {@link readObservationsSheet}. Values are read by `parseCell`;
 * the indicator, unit, period, value and revision cells are trimmed, the free-text `note` and
 * `source` kept as written (an empty one is no note). Refused, each at its row and column: a
 * missing required column, a bad cell, two rows with different values for the same indicator,
 * unit, period and revision, and, given the framework, a value not of its indicator's kind or an
 * id the framework does not declare.
 *
 * @category I/O
 * @param table - The rows and where each one is.
 * @param options - **framework**: check values' kinds and the rows' ids against it.
 * @returns `{ ok: true, value }` with one observation per row, or `{ ok: false, issues }`.
 * @example
 * readObservationRows(rows).ok //=> true (rows as in the example of ObservationRows)
 */
export function readObservationRows(
  table: ObservationRows,
  { framework }: { framework?: Framework } = {},
): ParseResult<Observation[]> {
  const header = table.header.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries([...required, ...optional].map((name) => [name, header.indexOf(name)]));
  const issues: Issue[] = [];
  for (const name of required) {
    if (index[name]! < 0)
      issues.push(
        makeIssue(
          [...table.headerAt.path, name],
          'missing_column',
          `the header has no "${name}" column`,
          `表头缺少“${name}”列`,
        ),
      );
  }
  if (issues.length > 0) return { ok: false, issues };
  const indicators = new Map<string, Pick<Indicator, 'id' | 'polarity'>>(framework?.indicators.map((i) => [i.id, i]));
  const observations: Observation[] = [];
  const places: ObservationPlace[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const at = table.rowAt(r);
    const cell = (name: string): string => (row[index[name]!] ?? '').trim();
    const bad = (name: string, en: string, zh: string, code: 'invalid_cell' | 'value_kind' = 'invalid_cell'): void => {
      const column = table.columnAt(index[name]!, name);
      issues.push(makeIssue([...at.path, name], code, `${at.en}, ${column.en}: ${en}`, `${at.zh}${column.zh}：${zh}`));
    };
    const indicator = cell('indicator');
    const unit = cell('unit');
    const period = cell('period');
    if (!indicator) bad('indicator', 'empty', '为空');
    if (!unit) bad('unit', 'empty', '为空');
    if (!parsePeriod(period))
      bad('period', `"${period}" is not a period (2025, 2025-Q3, 2025-07, 2025-07-15)`, `“${period}”不是有效期间`);
    const value = parseCell(row[index['value']!] ?? '');
    if (!value.ok) bad('value', value.en, value.zh);
    const revision = index['revision']! >= 0 ? parseRevisionCell(cell('revision')) : undefined;
    if (revision === null)
      bad('revision', `"${cell('revision')}" is not a whole number ≥ 0`, `“${cell('revision')}”不是非负整数`);
    if (!value.ok || revision === null) continue;
    const declared = indicators.get(indicator);
    const kind = declared ? checkValueKind(declared, value.value) : null;
    if (kind) {
      bad('value', kind.en, kind.zh, 'value_kind');
      continue;
    }
    const o: Observation = { indicator, unit, period, value: value.value };
    if (value.notApplicable) o.notApplicable = true;
    // Free text is kept as written, white space included; an empty cell is no note (or source).
    const text = (name: string): string => (index[name]! >= 0 ? (row[index[name]!] ?? '') : '');
    const [note, zh, en] = [text('note'), text('note_zh'), text('note_en')];
    if (note !== '' && (zh !== '' || en !== '')) {
      // Which one a reader should see is not for the reader to guess.
      bad(
        'note',
        'a note in the "note" column and in "note_zh"/"note_en" too: write it in one or the other',
        '“note”列与“note_zh”/“note_en”列同时有备注：只能填写其一',
      );
      continue;
    }
    if (note !== '') o.note = note;
    else if (zh !== '' || en !== '') o.note = { ...(zh !== '' ? { zh } : {}), ...(en !== '' ? { en } : {}) };
    if (text('source') !== '') o.source = text('source');
    if (revision !== undefined) o.revision = revision;
    observations.push(o);
    places.push(at);
  }
  issues.push(
    ...checkConflictingObservations(
      observations.length,
      (k) => {
        const o = observations[k]!;
        return `${o.indicator}\u0000${o.unit}\u0000${o.period}\u0000${o.revision ?? ''}`;
      },
      (k) => observations[k]!.value,
      (k) => ({ ...places[k]!, path: [...places[k]!.path, 'value'] }),
    ),
  );
  if (framework) issues.push(...checkObservationIds(framework, observations, { pathOf: (k) => places[k]!.path }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: observations };
}
