import { NOT_APPLICABLE } from './notApplicableCode.js';
import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { ObservationTable } from './observationTable.js';
import { parsePeriod } from './parsePeriod.js';
import { parseCell } from './parseCell.js';
import type { Indicator } from '../model/indicator.schema.js';
import { readCsvRows } from '../_lib/readCsvRows.js';
import { checkValueKind } from './checkValueKind.js';
import { checkConflictingObservations } from './checkConflictingObservations.js';
import type { ReadObservationsCsvOptions } from './readObservationsCsv.js';
import { looksLikeObservationRow } from './looksLikeObservationRow.js';
import { parseRevisionCell } from './parseRevisionCell.js';
import { checkObservationIds } from '../model/checkObservationIds.js';

const plainDecimal = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * Reads long-format observations straight into an {@link ObservationTable}: the fast path for
 * bulk data. Same header, cell rules (one cell reader, `parseCell`) and issues as
 * `readObservationsCsv`, framework check included (note, source and revision columns are
 * not kept; revisions are checked and tell a correction from a conflict), but no object per
 * row: names are interned into index arrays and values go into one `Float64Array`. Periods are
 * checked once per distinct period.
 *
 * @category I/O
 * @param text - The CSV text.
 * @param options - **framework**: check each value's kind against its indicator, and report every unit, indicator or period it cannot use, at its line.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with every bad cell's line and column.
 * @example
 * const r = readObservationTableCsv('indicator,unit,period,value\npm25,xihu,2025,31.2\n');
 * r.ok && r.value.value[0] //=> 31.2
 */
export function readObservationTableCsv(
  text: string,
  { framework }: ReadObservationsCsvOptions = {},
): ParseResult<ObservationTable> {
  const csv = readCsvRows(text, { looksLikeRow: looksLikeObservationRow });
  const header = csv.header.map((h) => h.trim().toLowerCase());
  const [ci, cu, cp, cv, cr] = ['indicator', 'unit', 'period', 'value', 'revision'].map((n) => header.indexOf(n)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const issues: Issue[] = [...csv.issues];
  if (ci < 0 || cu < 0 || cp < 0 || cv < 0) {
    return {
      ok: false,
      issues: [
        ...issues,
        makeIssue(
          ['line', 1],
          'missing_column',
          'the header needs indicator, unit, period and value columns',
          '表头须包含 indicator、unit、period、value 列',
        ),
      ],
    };
  }
  const n = csv.rows.length;
  const table: ObservationTable = {
    indicators: [],
    units: [],
    periods: [],
    indicator: new Uint32Array(n),
    unit: new Uint32Array(n),
    period: new Uint32Array(n),
    value: new Float64Array(n),
    isBoolean: new Uint8Array(n),
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
  const declared = new Map<string, Pick<Indicator, 'id' | 'polarity'>>(framework?.indicators.map((i) => [i.id, i]));
  const lines = new Uint32Array(n);
  // Revisions are checked and tell corrections from conflicts, but a table does not keep them.
  let revisions: number[] | undefined;
  let count = 0;
  for (let r = 0; r < n; r++) {
    const row = csv.rows[r]!;
    const line = csv.lines[r]!;
    // Names are trimmed and must not be empty, as readObservationsCsv reads them.
    const indicator = row[ci]!.trim();
    const unit = row[cu]!.trim();
    const period = row[cp]!.trim();
    const rowIssues = issues.length;
    if (!indicator)
      issues.push(
        makeIssue(
          ['line', line, 'indicator'],
          'invalid_cell',
          `line ${line}, column "indicator": empty`,
          `第 ${line} 行“indicator”列：为空`,
        ),
      );
    if (!unit)
      issues.push(
        makeIssue(
          ['line', line, 'unit'],
          'invalid_cell',
          `line ${line}, column "unit": empty`,
          `第 ${line} 行“unit”列：为空`,
        ),
      );
    if (!maps[2].has(period) && !parsePeriod(period)) {
      issues.push(
        makeIssue(
          ['line', line, 'period'],
          'invalid_cell',
          `line ${line}, column "period": "${period}" is not a period`,
          `第 ${line} 行“period”列：“${period}”不是有效期间`,
        ),
      );
    }
    const revision = cr >= 0 ? parseRevisionCell(row[cr]!) : undefined;
    if (revision === null)
      issues.push(
        makeIssue(
          ['line', line, 'revision'],
          'invalid_cell',
          `line ${line}, column "revision": "${row[cr]!.trim()}" is not a whole number ≥ 0`,
          `第 ${line} 行“revision”列：“${row[cr]!.trim()}”不是非负整数`,
        ),
      );
    if (issues.length > rowIssues) continue;
    const raw = row[cv]!;
    // The common case, a plain decimal number (a subset of parseCell's grammar), skips the general cell reader.
    let x: number;
    let isBool = 0;
    if (plainDecimal.test(raw)) x = Number(raw);
    else {
      const cell = parseCell(raw);
      if (!cell.ok) {
        issues.push(
          makeIssue(
            ['line', line, 'value'],
            'invalid_cell',
            `line ${line}, column "value": ${cell.en}`,
            `第 ${line} 行“value”列：${cell.zh}`,
          ),
        );
        continue;
      }
      x = cell.value === null ? Number.NaN : typeof cell.value === 'boolean' ? (cell.value ? 1 : 0) : cell.value;
      isBool = cell.notApplicable ? NOT_APPLICABLE : typeof cell.value === 'boolean' ? 1 : 0;
    }
    const i = declared.get(indicator);
    const kind = i ? checkValueKind(i, Number.isNaN(x) ? null : isBool ? x === 1 : x) : null;
    if (kind) {
      issues.push(
        makeIssue(
          ['line', line, 'value'],
          'value_kind',
          `line ${line}, column "value": ${kind.en}`,
          `第 ${line} 行“value”列：${kind.zh}`,
        ),
      );
      continue;
    }
    table.indicator[count] = intern(0, table.indicators, indicator);
    table.unit[count] = intern(1, table.units, unit);
    table.period[count] = intern(2, table.periods, period);
    table.value[count] = x;
    table.isBoolean[count] = isBool;
    lines[count] = line;
    if (typeof revision === 'number') (revisions ??= [])[count] = revision;
    count++;
  }
  const units = table.units.length;
  const periods = table.periods.length;
  const numericKey = revisions === undefined && table.indicators.length * units * periods <= Number.MAX_SAFE_INTEGER;
  issues.push(
    ...checkConflictingObservations(
      count,
      (k) =>
        numericKey
          ? (table.indicator[k]! * units + table.unit[k]!) * periods + table.period[k]!
          : `${table.indicator[k]} ${table.unit[k]} ${table.period[k]} ${revisions?.[k] ?? ''}`,
      (k) => {
        const x = table.value[k]!;
        return Number.isNaN(x) ? null : table.isBoolean[k] ? x === 1 : x;
      },
      (k) => ({ path: ['line', lines[k]!, 'value'], en: `line ${lines[k]}`, zh: `第 ${lines[k]} 行` }),
    ),
  );
  if (issues.length > 0) return { ok: false, issues };
  if (count < n) {
    table.indicator = table.indicator.slice(0, count);
    table.unit = table.unit.slice(0, count);
    table.period = table.period.slice(0, count);
    table.value = table.value.slice(0, count);
    table.isBoolean = table.isBoolean.slice(0, count);
  }
  if (framework) {
    const unknown = checkObservationIds(framework, table, { pathOf: (r) => ['line', lines[r]!] });
    if (unknown.length > 0) return { ok: false, issues: unknown };
  }
  return { ok: true, value: table };
}
