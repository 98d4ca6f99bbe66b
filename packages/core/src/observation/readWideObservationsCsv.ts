import { csvParseRows } from 'd3-dsv';
import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Observation } from './observation.schema.js';
import { parsePeriod } from './parsePeriod.js';
import { parseCell } from './parseCell.js';
import type { Framework } from '../model/framework.schema.js';
import { checkObservationIds } from '../model/checkObservationIds.js';

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
  /**
   * Unit name as written in the file → unit id (`{ 'Abu Dhabi': 'abu-dhabi' }`). When given, every
   * row's name must be in it: a name that maps to nothing is an issue at its line, never a unit
   * that silently matches nothing. Without it the names are kept as written.
   */
  unitIds?: Readonly<Record<string, string>>;
  /**
   * Column header → indicator id, or `null` for a column that holds no indicator (a rank, a
   * code). When given, every non-empty header must be in it. Without it the headers are the ids.
   */
  indicatorIds?: Readonly<Record<string, string | null>>;
  /** Also report every unit or indicator (after mapping) that the framework does not declare, at its line (see `checkObservationIds`). */
  framework?: Framework;
}

/**
 * Reads a wide CSV, one row per unit and one column per indicator (the layout of many published
 * indices), into long observations for one period, with d3-dsv. Columns with an empty header are
 * skipped; missing cells (blank, `-`, `..`, `NA`, `n/a`) become missing values, never 0; `1,100`
 * is 1100. Every bad cell is reported with its line and column. Names as people write them
 * (`Abu Dhabi`) are mapped to ids through **unitIds** and **indicatorIds**; a name missing from
 * a mapping, and with **framework** an id it does not declare, is an issue, so no row is dropped
 * later without a word.
 *
 * @category I/O
 * @param text - The CSV text.
 * @param options - **period**, **unitColumn**, **unitIds**, **indicatorIds**, **framework**.
 * @returns `{ ok: true, value }` with one observation per unit × indicator, or `{ ok: false, issues }`.
 * @example
 * readWideObservationsCsv('name,pm25,green\nXihu,31.2,-\n', { period: '2025' })
 * //=> { ok: true, value: [{ indicator: 'pm25', unit: 'Xihu', period: '2025', value: 31.2 }, { indicator: 'green', unit: 'Xihu', period: '2025', value: null }] }
 */
export function readWideObservationsCsv(
  text: string,
  { period, unitColumn, unitIds, indicatorIds, framework }: ReadWideObservationsCsvOptions,
): ParseResult<Observation[]> {
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
  // Own keys only: a name such as `constructor` is in a mapping only if the mapping says so.
  const mapped = <T>(map: Readonly<Record<string, T>> | undefined, name: string): T | undefined => (map !== undefined && Object.hasOwn(map, name) ? map[name] : undefined);
  const columns: Array<readonly [string, number, string]> = [];
  header.forEach((h, c) => {
    if (h === '' || c === unitIndex) return;
    if (indicatorIds === undefined) return void columns.push([h, c, h]);
    const id = mapped(indicatorIds, h);
    if (id === undefined) {
      issues.push(makeIssue(['line', 1, h], 'unknown_reference', `column "${h}" is not in indicatorIds (map it to an indicator id, or to null if it holds none)`,
        `“${h}”列不在 indicatorIds 中（请对应到指标标识；不是指标的列对应到 null）`));
    } else if (id !== null) columns.push([h, c, id]);
  });
  const observations: Observation[] = [];
  const lines: number[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 1;
    const unit = (row[unitIndex] ?? '').trim();
    if (row.every((cell) => cell.trim() === '')) continue;
    if (!unit) {
      issues.push(makeIssue(['line', line, header[unitIndex]!], 'invalid_cell', `line ${line}: no unit name`, `第 ${line} 行：缺少单位名称`));
      continue;
    }
    const id = unitIds === undefined ? unit : mapped(unitIds, unit);
    if (id === undefined) {
      issues.push(makeIssue(['line', line, header[unitIndex]!], 'unknown_reference', `line ${line}: the unit name "${unit}" is not in unitIds`, `第 ${line} 行：单位名称“${unit}”不在 unitIds 中`));
      continue;
    }
    for (const [name, c, indicator] of columns) {
      const value = parseCell(row[c] ?? '');
      if (value.ok) {
        observations.push({ indicator, unit: id, period, value: value.value });
        lines.push(line);
      } else issues.push(makeIssue(['line', line, name], 'invalid_cell', `line ${line}, column "${name}": "${row[c]}" is not a number`, `第 ${line} 行“${name}”列：“${row[c]}”不是数字`));
    }
  }
  if (framework) issues.push(...checkObservationIds(framework, observations, { pathOf: (k) => ['line', lines[k]!] }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: observations };
}
