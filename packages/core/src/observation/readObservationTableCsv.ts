import { csvParseRows } from 'd3-dsv';
import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { ObservationTable } from './observationTable.js';
import { parsePeriod } from './parsePeriod.js';
import { parseCell } from './parseCell.js';
import type { ReadObservationsCsvOptions } from './readObservationsCsv.js';
import { checkObservationIds } from '../model/checkObservationIds.js';

/**
 * Reads long-format observations straight into an {@link ObservationTable}: the fast path for
 * bulk data. Same header, cell rules and issues as `readObservationsCsv` (note, source and
 * revision columns are not kept), but no object per row: names are interned into index arrays
 * and values go into one `Float64Array`. Periods are checked once per distinct period.
 *
 * @category I/O
 * @param text - The CSV text.
 * @param options - **framework**: also report every unit, indicator or period it cannot use, at its line.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with every bad cell's line and column.
 * @example
 * const r = readObservationTableCsv('indicator,unit,period,value\npm25,xihu,2025,31.2\n');
 * r.ok && r.value.value[0] //=> 31.2
 */
export function readObservationTableCsv(text: string, { framework }: ReadObservationsCsvOptions = {}): ParseResult<ObservationTable> {
  const rows = csvParseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const [ci, cu, cp, cv] = ['indicator', 'unit', 'period', 'value'].map((n) => header.indexOf(n)) as [number, number, number, number];
  const issues: Issue[] = [];
  if (ci < 0 || cu < 0 || cp < 0 || cv < 0) {
    return { ok: false, issues: [makeIssue(['line', 1], 'missing_column', 'the header needs indicator, unit, period and value columns', '表头须包含 indicator、unit、period、value 列')] };
  }
  const n = rows.length - 1;
  const table: ObservationTable = {
    indicators: [], units: [], periods: [],
    indicator: new Uint32Array(n), unit: new Uint32Array(n), period: new Uint32Array(n),
    value: new Float64Array(n), isBoolean: new Uint8Array(n),
  };
  const maps = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  const intern = (k: 0 | 1 | 2, names: string[], name: string): number => {
    let id = maps[k].get(name);
    if (id === undefined) {
      id = names.length;
      names.push(name);
      maps[k].set(name, id);
    }
    return id;
  };
  // The line of each kept row, for the framework's check; only kept when there is one.
  const lines = framework ? new Uint32Array(n) : null;
  let count = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length === 1 && row[0]!.trim() === '') continue;
    const line = r + 1;
    // Names are trimmed and must not be empty, as readObservationsCsv reads them.
    const indicator = (row[ci] ?? '').trim();
    const unit = (row[cu] ?? '').trim();
    const period = (row[cp] ?? '').trim();
    const rowIssues = issues.length;
    if (!indicator) issues.push(makeIssue(['line', line, 'indicator'], 'invalid_cell', `line ${line}, column "indicator": empty`, `第 ${line} 行“indicator”列：为空`));
    if (!unit) issues.push(makeIssue(['line', line, 'unit'], 'invalid_cell', `line ${line}, column "unit": empty`, `第 ${line} 行“unit”列：为空`));
    if (!maps[2].has(period) && !parsePeriod(period)) {
      issues.push(makeIssue(['line', line, 'period'], 'invalid_cell', `line ${line}, column "period": "${period}" is not a period`, `第 ${line} 行“period”列：“${period}”不是有效期间`));
    }
    if (issues.length > rowIssues) continue;
    const raw = row[cv] ?? '';
    // The common case, a plain decimal number, skips the general cell reader.
    let x = raw === '' ? Number.NaN : Number(raw);
    let isBool = 0;
    if (!(raw !== '' && Number.isFinite(x) && /^[-+.\d]/.test(raw))) {
      const cell = parseCell(raw);
      if (!cell.ok) {
        issues.push(makeIssue(['line', line, 'value'], 'invalid_cell', `line ${line}, column "value": "${raw}" is not a number`, `第 ${line} 行“value”列：“${raw}”不是数字`));
        continue;
      }
      x = cell.value === null ? Number.NaN : typeof cell.value === 'boolean' ? (cell.value ? 1 : 0) : cell.value;
      isBool = typeof cell.value === 'boolean' ? 1 : 0;
    }
    table.indicator[count] = intern(0, table.indicators, indicator);
    table.unit[count] = intern(1, table.units, unit);
    table.period[count] = intern(2, table.periods, period);
    table.value[count] = x;
    table.isBoolean[count] = isBool;
    if (lines) lines[count] = line;
    count++;
  }
  if (issues.length > 0) return { ok: false, issues };
  if (count < n) {
    table.indicator = table.indicator.slice(0, count);
    table.unit = table.unit.slice(0, count);
    table.period = table.period.slice(0, count);
    table.value = table.value.slice(0, count);
    table.isBoolean = table.isBoolean.slice(0, count);
  }
  if (lines) {
    const unknown = checkObservationIds(framework!, table, { pathOf: (r) => ['line', lines[r]!] });
    if (unknown.length > 0) return { ok: false, issues: unknown };
  }
  return { ok: true, value: table };
}
