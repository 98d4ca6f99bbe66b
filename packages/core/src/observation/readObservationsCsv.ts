import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Framework } from '../model/framework.schema.js';
import type { Indicator } from '../model/indicator.schema.js';
import { readCsvRows } from '../_lib/readCsvRows.js';
import type { Observation } from './observation.schema.js';
import { parsePeriod } from './parsePeriod.js';
import { looksLikeObservationRow } from './looksLikeObservationRow.js';
import { parseRevisionCell } from './parseRevisionCell.js';
import { parseCell } from './parseCell.js';
import { checkValueKind } from './checkValueKind.js';
import { checkConflictingObservations } from './checkConflictingObservations.js';
import { checkObservationIds } from '../model/checkObservationIds.js';

const required = ['indicator', 'unit', 'period', 'value'] as const;
const optional = ['note', 'source', 'revision'] as const;

/**
 * Options of {@link readObservationsCsv} and {@link readObservationTableCsv}.
 *
 * @category I/O
 * @example
 * readObservationsCsv('indicator,unit,period,value\neco-park,xihu,2025,1\n', { framework }).ok //=> false: eco-park is yes/no
 */
export interface ReadObservationsCsvOptions {
  /** The framework the observations are for: each value must then be of its indicator's kind (see `checkValueKind`), and every unit, indicator and period one it declares (see `checkObservationIds`). */
  framework?: Framework;
}

/**
 * Reads long-format observations, header `indicator,unit,period,value[,note,source,revision]`
 * (columns in any order; other columns are ignored). A UTF-8 BOM is accepted. Values are read by
 * `parseCell` (the number grammar of the data-formats guide); missing cells (blank, `-`, `..`,
 * `NA`, `n/a`) stay missing. The indicator, unit, period, value and revision cells are trimmed;
 * the free-text `note` and `source` are kept exactly as written, and an empty one is no note (the
 * schema refuses `note: ''`), so {@link writeObservationsCsv} then this give back every valid
 * observation unchanged. Refused, each with its physical line (the header is line 1, and a quoted
 * cell may span lines) and column, e.g. path `['line', 4, 'value']`, displayed `line[4].value`:
 * a bad cell, a row with more or fewer cells than the header, a header naming a column twice, a
 * quote that never closes or is followed by text or swallows lines that look like records, two
 * rows with different values for the same indicator, unit, period and revision, and, given the
 * framework, a value not of its indicator's kind.
 *
 * @category I/O
 * @param text - The CSV text.
 * @param options - **framework**: check each value's kind against its indicator and the rows' ids against the framework.
 * @returns `{ ok: true, value }` with one observation per data row, or `{ ok: false, issues }`.
 * @example
 * readObservationsCsv('indicator,unit,period,value\npm25,xihu,2025,"1,100"\n')
 * //=> { ok: true, value: [{ indicator: 'pm25', unit: 'xihu', period: '2025', value: 1100 }] }
 */
export function readObservationsCsv(
  text: string,
  { framework }: ReadObservationsCsvOptions = {},
): ParseResult<Observation[]> {
  const csv = readCsvRows(text, { looksLikeRow: looksLikeObservationRow });
  const header = csv.header.map((h) => h.trim().toLowerCase());
  const col = Object.fromEntries([...required, ...optional].map((name) => [name, header.indexOf(name)]));
  const issues: Issue[] = [];
  for (const name of required) {
    if (col[name]! < 0)
      issues.push(
        makeIssue(['line', 1, name], 'missing_column', `the header has no "${name}" column`, `表头缺少“${name}”列`),
      );
  }
  if (issues.length > 0) return { ok: false, issues: [...csv.issues, ...issues] };
  issues.push(...csv.issues);
  const indicators = new Map<string, Pick<Indicator, 'id' | 'polarity'>>(framework?.indicators.map((i) => [i.id, i]));
  const observations: Observation[] = [];
  const lines: number[] = [];
  for (let r = 0; r < csv.rows.length; r++) {
    const row = csv.rows[r]!;
    const line = csv.lines[r]!;
    const cell = (name: string): string => (row[col[name]!] ?? '').trim();
    const bad = (name: string, en: string, zh: string, code: 'invalid_cell' | 'value_kind' = 'invalid_cell'): void => {
      issues.push(
        makeIssue(
          ['line', line, name],
          code,
          `line ${line}, column "${name}": ${en}`,
          `第 ${line} 行“${name}”列：${zh}`,
        ),
      );
    };
    const indicator = cell('indicator');
    const unit = cell('unit');
    const period = cell('period');
    if (!indicator) bad('indicator', 'empty', '为空');
    if (!unit) bad('unit', 'empty', '为空');
    if (!parsePeriod(period))
      bad('period', `"${period}" is not a period (2025, 2025-Q3, 2025-07, 2025-07-15)`, `“${period}”不是有效期间`);
    const value = parseCell(row[col['value']!] ?? '');
    if (!value.ok) bad('value', value.en, value.zh);
    const revision = col['revision']! >= 0 ? parseRevisionCell(cell('revision')) : undefined;
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
    const text = (name: string): string => (col[name]! >= 0 ? (row[col[name]!] ?? '') : '');
    if (text('note') !== '') o.note = text('note');
    if (text('source') !== '') o.source = text('source');
    if (revision !== undefined) o.revision = revision;
    observations.push(o);
    lines.push(line);
  }
  issues.push(
    ...checkConflictingObservations(
      observations.length,
      (k) => {
        const o = observations[k]!;
        return `${o.indicator}\u0000${o.unit}\u0000${o.period}\u0000${o.revision ?? ''}`;
      },
      (k) => observations[k]!.value,
      (k) => ({ path: ['line', lines[k]!, 'value'], en: `line ${lines[k]}`, zh: `第 ${lines[k]} 行` }),
    ),
  );
  if (framework) issues.push(...checkObservationIds(framework, observations, { pathOf: (k) => ['line', lines[k]!] }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: observations };
}
