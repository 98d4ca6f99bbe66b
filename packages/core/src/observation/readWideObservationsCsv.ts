import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Observation } from './observation.schema.js';
import { parsePeriod } from './parsePeriod.js';
import { parseCell } from './parseCell.js';
import type { Framework } from '../model/framework.schema.js';
import type { Indicator } from '../model/indicator.schema.js';
import { readCsvRows } from '../_lib/readCsvRows.js';
import { checkValueKind } from './checkValueKind.js';
import { checkConflictingObservations } from './checkConflictingObservations.js';
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
  /**
   * The framework the observations are for: each value must then be of its indicator's kind (see
   * `checkValueKind`), and every unit and indicator (after mapping) one it declares (see
   * `checkObservationIds`), reported at its line.
   */
  framework?: Framework;
}

/**
 * Reads a wide CSV, one row per unit and one column per indicator (the layout of many published
 * indices), into long observations for one period. Columns with an empty header are
 * skipped; values are read by `parseCell`, as in the long readers (missing cells become missing
 * values, never 0; `"1,100"` is 1100). Every bad cell, row of the wrong length, header naming a
 * column twice, suspicious quote, unit given two different values for one indicator, and (given
 * the framework) value not of its indicator's kind is reported with its physical line and column.
 * Names as people write them (`Abu Dhabi`) are mapped to ids through **unitIds** and
 * **indicatorIds**; a name missing from a mapping, and with **framework** an id it does not
 * declare, is an issue, so no row is dropped later without a word.
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
  if (!parsePeriod(period)) {
    return {
      ok: false,
      issues: [makeIssue(['period'], 'invalid_period', `"${period}" is not a period`, `“${period}”不是有效期间`)],
    };
  }
  const unitIndexOf = (header: string[]): number =>
    unitColumn === undefined ? 0 : header.findIndex((h) => h.trim() === unitColumn);
  // A swallowed record has as many cells as the header and a unit name.
  const csv = readCsvRows(text, {
    headerKey: (h) => h.trim(),
    looksLikeRow: (cells, h) => cells.length >= h.length && (cells[unitIndexOf(h)] ?? '').trim() !== '',
  });
  const issues: Issue[] = [...csv.issues];
  const header = csv.header.map((h) => h.trim());
  const unitIndex = unitIndexOf(header);
  if (unitIndex < 0 || header.length === 0) {
    return {
      ok: false,
      issues: [
        ...issues,
        makeIssue(
          ['line', 1, unitColumn ?? ''],
          'missing_column',
          `the header has no "${unitColumn}" column`,
          `表头缺少“${unitColumn}”列`,
        ),
      ],
    };
  }
  // A column named twice is reported by readCsvRows; only its first occurrence is read, so it is not reported again as conflicting values.
  // Own keys only: a name such as `constructor` is in a mapping only if the mapping says so.
  const mapped = <T>(map: Readonly<Record<string, T>> | undefined, name: string): T | undefined =>
    map !== undefined && Object.hasOwn(map, name) ? map[name] : undefined;
  const columns: Array<readonly [string, number, string]> = [];
  header.forEach((h, c) => {
    if (h === '' || c === unitIndex || header.indexOf(h) !== c) return;
    if (indicatorIds === undefined) return void columns.push([h, c, h]);
    const id = mapped(indicatorIds, h);
    if (id === undefined) {
      issues.push(
        makeIssue(
          ['line', 1, h],
          'unknown_reference',
          `column "${h}" is not in indicatorIds (map it to an indicator id, or to null if it holds none)`,
          `“${h}”列不在 indicatorIds 中（请对应到指标标识；不是指标的列对应到 null）`,
        ),
      );
    } else if (id !== null) columns.push([h, c, id]);
  });
  const indicators = new Map<string, Pick<Indicator, 'id' | 'polarity'>>(framework?.indicators.map((i) => [i.id, i]));
  const observations: Observation[] = [];
  const places: Array<[number, string]> = [];
  for (let r = 0; r < csv.rows.length; r++) {
    const row = csv.rows[r]!;
    const line = csv.lines[r]!;
    const unit = row[unitIndex]!.trim();
    if (row.every((cell) => cell.trim() === '')) continue;
    if (!unit) {
      issues.push(
        makeIssue(
          ['line', line, header[unitIndex]!],
          'invalid_cell',
          `line ${line}: no unit name`,
          `第 ${line} 行：缺少单位名称`,
        ),
      );
      continue;
    }
    const id = unitIds === undefined ? unit : mapped(unitIds, unit);
    if (id === undefined) {
      issues.push(
        makeIssue(
          ['line', line, header[unitIndex]!],
          'unknown_reference',
          `line ${line}: the unit name "${unit}" is not in unitIds`,
          `第 ${line} 行：单位名称“${unit}”不在 unitIds 中`,
        ),
      );
      continue;
    }
    for (const [name, c, indicator] of columns) {
      const value = parseCell(row[c]!);
      const declared = indicators.get(indicator);
      const kind = value.ok && declared ? checkValueKind(declared, value.value) : null;
      if (!value.ok)
        issues.push(
          makeIssue(
            ['line', line, name],
            'invalid_cell',
            `line ${line}, column "${name}": ${value.en}`,
            `第 ${line} 行“${name}”列：${value.zh}`,
          ),
        );
      else if (kind)
        issues.push(
          makeIssue(
            ['line', line, name],
            'value_kind',
            `line ${line}, column "${name}": ${kind.en}`,
            `第 ${line} 行“${name}”列：${kind.zh}`,
          ),
        );
      else {
        observations.push({
          indicator,
          unit: id,
          period,
          value: value.value,
          ...(value.notApplicable ? { notApplicable: true as const } : {}),
        });
        places.push([line, name]);
      }
    }
  }
  issues.push(
    ...checkConflictingObservations(
      observations.length,
      (k) => `${observations[k]!.indicator}\u0000${observations[k]!.unit}`,
      (k) => observations[k]!.value,
      (k) => ({
        path: ['line', places[k]![0], places[k]![1]],
        en: `line ${places[k]![0]}`,
        zh: `第 ${places[k]![0]} 行`,
      }),
    ),
  );
  if (framework)
    issues.push(...checkObservationIds(framework, observations, { pathOf: (k) => ['line', places[k]![0]] }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: observations };
}
