import { csvParseRows } from 'd3-dsv';
import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Observation } from './observation.schema.js';
import { parsePeriod } from './parsePeriod.js';
import { parseCell } from './parseCell.js';
import type { Framework } from '../model/framework.schema.js';
import { checkObservationIds } from '../model/checkObservationIds.js';

/**
 * Options of {@link readObservationsCsv}.
 *
 * @category I/O
 * @example
 * const options: ReadObservationsCsvOptions = { framework }; // also refuse rows the framework cannot use
 */
export interface ReadObservationsCsvOptions {
  /** Also report every unit, indicator or period the framework cannot use, at its line (see `checkObservationIds`). */
  framework?: Framework;
}

const required = ['indicator', 'unit', 'period', 'value'] as const;
const optional = ['note', 'source', 'revision'] as const;

/**
 * Reads long-format observations, header `indicator,unit,period,value[,note,source,revision]`
 * (columns in any order; other columns are ignored), with d3-dsv. A UTF-8 BOM is accepted.
 * Missing cells (blank, `-`, `..`, `NA`, `n/a`) stay missing; `1,100` and `1 100` are 1100. The
 * indicator, unit, period, value and revision cells are trimmed; the free-text `note` and `source`
 * are kept exactly as written, and an empty one is no note (the schema refuses `note: ''`), so
 * {@link writeObservationsCsv} then this give back every valid observation unchanged. Every
 * bad cell is reported with its line (the header is line 1) and column, e.g. path
 * `['line', 4, 'value']`, displayed `line[4].value`.
 *
 * @category I/O
 * @param text - The CSV text.
 * @param options - **framework**: check the rows' ids against it too.
 * @returns `{ ok: true, value }` with one observation per data row, or `{ ok: false, issues }`.
 * @example
 * readObservationsCsv('indicator,unit,period,value\npm25,xihu,2025,"1,100"\n')
 * //=> { ok: true, value: [{ indicator: 'pm25', unit: 'xihu', period: '2025', value: 1100 }] }
 */
export function readObservationsCsv(text: string, { framework }: ReadObservationsCsvOptions = {}): ParseResult<Observation[]> {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = Object.fromEntries([...required, ...optional].map((name) => [name, header.indexOf(name)]));
  const issues: Issue[] = [];
  for (const name of required) {
    if (col[name]! < 0) issues.push(makeIssue(['line', 1, name], 'missing_column', `the header has no "${name}" column`, `表头缺少“${name}”列`));
  }
  if (issues.length > 0) return { ok: false, issues };
  const observations: Observation[] = [];
  // The line of each observation, for issues found after reading.
  const lines: number[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length === 1 && row[0]!.trim() === '') continue;
    const line = r + 1;
    const cell = (name: string): string => (row[col[name]!] ?? '').trim();
    const bad = (name: string, en: string, zh: string): void => {
      issues.push(makeIssue(['line', line, name], 'invalid_cell', `line ${line}, column "${name}": ${en}`, `第 ${line} 行“${name}”列：${zh}`));
    };
    const indicator = cell('indicator');
    const unit = cell('unit');
    const period = cell('period');
    if (!indicator) bad('indicator', 'empty', '为空');
    if (!unit) bad('unit', 'empty', '为空');
    if (!parsePeriod(period)) bad('period', `"${period}" is not a period (2025, 2025-Q3, 2025-07, 2025-07-15)`, `“${period}”不是有效期间`);
    const value = parseCell(row[col['value']!] ?? '');
    if (!value.ok) bad('value', `"${cell('value')}" is not a number, true/false or a missing mark`, `“${cell('value')}”不是数字、是/否或缺失标记`);
    let revision: number | undefined;
    if (col['revision']! >= 0 && cell('revision') !== '') {
      revision = Number(cell('revision'));
      if (!Number.isInteger(revision) || revision < 0) bad('revision', `"${cell('revision')}" is not a whole number ≥ 0`, `“${cell('revision')}”不是非负整数`);
    }
    if (!value.ok) continue;
    const o: Observation = { indicator, unit, period, value: value.value };
    // Free text is kept as written, white space included; an empty cell is no note (or source).
    const text = (name: string): string => (col[name]! >= 0 ? row[col[name]!] ?? '' : '');
    if (text('note') !== '') o.note = text('note');
    if (text('source') !== '') o.source = text('source');
    if (revision !== undefined) o.revision = revision;
    observations.push(o);
    lines.push(line);
  }
  if (framework) issues.push(...checkObservationIds(framework, observations, { pathOf: (k) => ['line', lines[k]!] }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: observations };
}
