import { csvParseRows } from 'd3-dsv';
import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Observation } from './observation.schema.js';
import { parsePeriod } from './parsePeriod.js';
import { parseCell } from './parseCell.js';

/**
 * Options of {@link readWideObservationsCsv}.
 *
 * @category I/O
 * @example
 * readWideObservationsCsv('pm25,unit\n30.5,xihu\n', { period: '2025', unitColumn: 'unit' })
 * //=> { ok: true, value: [{ indicator: 'pm25', unit: 'xihu', period: '2025', value: 30.5 }] }
 */
export interface ReadWideObservationsCsvOptions {
  /** The period every value belongs to, e.g. `2025`. */
  period: string;
  /** The header of the column naming the unit; default: the first column. */
  unitColumn?: string;
}

/**
 * Reads a wide CSV, one row per unit and one column per indicator (the layout of many published
 * indices), into long observations for one period, with d3-dsv. Columns with an empty header are
 * skipped; missing cells (blank, `-`, `..`, `NA`, `n/a`) become missing values, never 0; `1,100`
 * is 1100. Every bad cell is reported with its line and column.
 *
 * @category I/O
 * @param text - The CSV text.
 * @param options - **period**, **unitColumn**.
 * @returns `{ ok: true, value }` with one observation per unit × indicator, or `{ ok: false, issues }`.
 * @example
 * readWideObservationsCsv('name,pm25,green\nXihu,31.2,-\n', { period: '2025' })
 * //=> { ok: true, value: [{ indicator: 'pm25', unit: 'Xihu', period: '2025', value: 31.2 }, { indicator: 'green', unit: 'Xihu', period: '2025', value: null }] }
 */
export function readWideObservationsCsv(text: string, { period, unitColumn }: ReadWideObservationsCsvOptions): ParseResult<Observation[]> {
  const issues: Issue[] = [];
  if (!parsePeriod(period)) {
    return { ok: false, issues: [makeIssue(['period'], 'invalid_period', `"${period}" is not a period`, `“${period}”不是有效期间`)] };
  }
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = (rows[0] ?? []).map((h) => h.trim());
  const unitIndex = unitColumn === undefined ? 0 : header.indexOf(unitColumn);
  if (unitIndex < 0 || header.length === 0) {
    return { ok: false, issues: [makeIssue(['line', 1, unitColumn ?? ''], 'missing_column', `the header has no "${unitColumn}" column`, `表头缺少“${unitColumn}”列`)] };
  }
  const columns = header.map((h, c) => [h, c] as const).filter(([h, c]) => h !== '' && c !== unitIndex);
  const observations: Observation[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 1;
    const unit = (row[unitIndex] ?? '').trim();
    if (row.every((cell) => cell.trim() === '')) continue;
    if (!unit) {
      issues.push(makeIssue(['line', line, header[unitIndex]!], 'invalid_cell', `line ${line}: no unit name`, `第 ${line} 行：缺少单位名称`));
      continue;
    }
    for (const [indicator, c] of columns) {
      const value = parseCell(row[c] ?? '');
      if (value.ok) observations.push({ indicator, unit, period, value: value.value });
      else issues.push(makeIssue(['line', line, indicator], 'invalid_cell', `line ${line}, column "${indicator}": "${row[c]}" is not a number`, `第 ${line} 行“${indicator}”列：“${row[c]}”不是数字`));
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: observations };
}
