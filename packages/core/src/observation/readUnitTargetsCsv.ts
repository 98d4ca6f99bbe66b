import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Framework } from '../model/framework.schema.js';
import type { UnitTarget } from '../model/unitTarget.schema.js';
import { readCsvRows } from '../_lib/readCsvRows.js';
import { parsePeriod } from './parsePeriod.js';
import { parseCell } from './parseCell.js';
import { checkValueKind } from './checkValueKind.js';
import { checkConflictingObservations } from './checkConflictingObservations.js';
import { checkObservationIds } from '../model/checkObservationIds.js';

const required = ['indicator', 'unit', 'period', 'target'] as const;

/**
 * Reads targets assigned to units (目标分解, e.g. from the responsibility letters), header
 * `indicator,unit,period,target` (columns in any order, others ignored), as the observation readers
 * read theirs: a UTF-8 BOM accepted, cells trimmed, the target read by `parseCell` (numbers as the
 * data-formats guide writes them, or yes/no). Refused, each at its physical line and column
 * (`line[4].target`): an empty indicator or unit, a bad period, a target that is not a number or
 * yes/no or is blank (a target cannot be missing), rows of the wrong length, two rows giving one
 * unit different targets for the same indicator and period, and, given the framework, a target not of
 * its indicator's kind and an id it does not declare (with the id most likely meant, as for observations).
 * `withUnitTargets` then places them in the framework.
 *
 * @category I/O
 * @param text - The CSV text.
 * @param options - **framework**: check kinds and ids against it.
 * @returns `{ ok: true, value }` with one target per data row, or `{ ok: false, issues }`.
 * @example
 * readUnitTargetsCsv('indicator,unit,period,target\npm25,gangkou,2025,38\n')
 * //=> { ok: true, value: [{ indicator: 'pm25', unit: 'gangkou', period: '2025', value: 38 }] }
 */
export function readUnitTargetsCsv(
  text: string,
  { framework }: { framework?: Framework } = {},
): ParseResult<UnitTarget[]> {
  const csv = readCsvRows(text);
  const header = csv.header.map((h) => h.trim().toLowerCase());
  const col = Object.fromEntries(required.map((name) => [name, header.indexOf(name)]));
  const issues: Issue[] = [];
  for (const name of required) {
    if (col[name]! < 0)
      issues.push(
        makeIssue(['line', 1, name], 'missing_column', `the header has no "${name}" column`, `表头缺少“${name}”列`),
      );
  }
  if (issues.length > 0) return { ok: false, issues: [...csv.issues, ...issues] };
  issues.push(...csv.issues);
  const indicators = new Map(framework?.indicators.map((i) => [i.id, i]));
  const targets: UnitTarget[] = [];
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
    const [indicator, unit, period] = [cell('indicator'), cell('unit'), cell('period')];
    if (!indicator) bad('indicator', 'empty', '为空');
    if (!unit) bad('unit', 'empty', '为空');
    if (!parsePeriod(period))
      bad('period', `"${period}" is not a period (2025, 2025-Q3, 2025-07, 2025-07-15)`, `“${period}”不是有效期间`);
    const value = parseCell(row[col['target']!] ?? '');
    if (!value.ok) bad('target', value.en, value.zh);
    else if (value.value === null) bad('target', 'empty: a target cannot be missing', '为空：目标不能缺失');
    if (!value.ok || value.value === null || !indicator || !unit || !parsePeriod(period)) continue;
    const declared = indicators.get(indicator);
    const kind = declared ? checkValueKind(declared, value.value) : null;
    if (kind) {
      bad('target', kind.en, kind.zh, 'value_kind');
      continue;
    }
    targets.push({ indicator, unit, period, value: value.value });
    lines.push(line);
  }
  issues.push(
    ...checkConflictingObservations(
      targets.length,
      (k) => `${targets[k]!.indicator}\u0000${targets[k]!.unit}\u0000${targets[k]!.period}`,
      (k) => targets[k]!.value,
      (k) => ({ path: ['line', lines[k]!, 'target'], en: `line ${lines[k]}`, zh: `第 ${lines[k]} 行` }),
    ),
  );
  if (framework) issues.push(...checkObservationIds(framework, targets, { pathOf: (k) => ['line', lines[k]!] }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: targets };
}
