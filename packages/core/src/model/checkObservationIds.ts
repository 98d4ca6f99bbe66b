import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Framework } from './framework.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import type { ObservationTable } from '../observation/observationTable.js';
import type { ObservationCube } from '../observation/observationCube.js';
import { parsePeriod, type PeriodKind } from '../observation/parsePeriod.js';
import { nearestId, type IdCandidate } from './nearestId.js';
import { idCandidates } from './idCandidates.js';

/**
 * Options of {@link checkObservationIds}.
 *
 * @category Model
 * @example
 * const options: CheckObservationIdsOptions = { pathOf: (k) => ['observations', k] };
 */
export interface CheckObservationIdsOptions {
  /** Where the observation (or table row) `k` is, e.g. `['observations', k]` in a bundle or `['line', lines[k]]` for CSV; default `[k]`. */
  pathOf?: (k: number) => Array<string | number>;
}

type Field = 'unit' | 'indicator' | 'period';
const WHAT: Record<Field, [string, string]> = {
  unit: ['unit', '单位'],
  indicator: ['indicator', '指标'],
  period: ['period', '期间'],
};
const KIND_ZH: Record<PeriodKind, string> = { year: '年度', quarter: '季度', month: '月度', date: '日度' };

/** The text as written, with invisible and control characters shown as code points (`xihu\u{200B}`). */
const shown = (s: string): string =>
  s.replace(/[\p{Cf}\p{Cc}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);

/**
 * Every unit, indicator and period in observations that the framework cannot use, so that no row
 * is dropped without a word: a unit or indicator it does not declare (with the declared id most
 * likely meant, see {@link nearestId}: `Xihu`, `西湖区` → `xihu`, `pm2.5` → `pm25`), and a period of
 * a kind the framework never uses (`2025-Q4` when its plan and targets are years) or after the
 * plan and every target. One issue per distinct value, at its first row, saying how many rows have it.
 * Objects and table rows are located by `pathOf`; a cube's entries by `['units', j]`,
 * `['indicators', j]` and `['periods', j]`.
 *
 * @category Model
 * @param framework - A valid framework.
 * @param observations - Objects, an `ObservationTable` or an `ObservationCube`.
 * @param options - **pathOf**.
 * @returns The issues, units first, then indicators, then periods, each in order of first appearance.
 * @example
 * checkObservationIds(framework, [{ indicator: 'pm2.5', unit: 'Xihu', period: '2025', value: 30 }]).map((i) => i.message.en)
 * //=> ['unknown unit "Xihu" in 1 observation; did you mean "xihu"?', 'unknown indicator "pm2.5" in 1 observation; did you mean "pm25"?']
 */
export function checkObservationIds(
  framework: Framework,
  observations: ReadonlyArray<Observation> | ObservationTable | ObservationCube,
  { pathOf = (k) => [k] }: CheckObservationIdsOptions = {},
): Issue[] {
  const candidates: Record<'unit' | 'indicator', IdCandidate[]> = {
    unit: idCandidates(framework, 'unit'),
    indicator: idCandidates(framework, 'indicator'),
  };
  const declared = {
    unit: new Set(framework.units.map((u) => u.id)),
    indicator: new Set(framework.indicators.map((i) => i.id)),
  };
  const periods = periodRule(framework);
  // Value → [where it first appears, how many rows have it], per field, in order of first appearance.
  const found: Record<Field, Map<string, [Array<string | number>, number]>> = {
    unit: new Map(),
    indicator: new Map(),
    period: new Map(),
  };
  const note = (field: Field, value: string, at: () => Array<string | number>, rows = 1): void => {
    const seen = found[field].get(value);
    if (seen) seen[1] += rows;
    else found[field].set(value, [at(), rows]);
  };
  const periodOk = new Map<string, boolean>();
  const okPeriod = (p: string): boolean => {
    let ok = periodOk.get(p);
    if (ok === undefined) periodOk.set(p, (ok = periods.problem(p) === null));
    return ok;
  };
  if (Array.isArray(observations)) {
    (observations as ReadonlyArray<Observation>).forEach((o, k) => {
      if (!declared.unit.has(o.unit)) note('unit', o.unit, () => [...pathOf(k), 'unit']);
      if (!declared.indicator.has(o.indicator)) note('indicator', o.indicator, () => [...pathOf(k), 'indicator']);
      if (!okPeriod(o.period)) note('period', o.period, () => [...pathOf(k), 'period']);
    });
  } else if ('values' in observations) {
    const cube = observations as ObservationCube;
    cube.units.forEach((u, j) => declared.unit.has(u) || note('unit', u, () => ['units', j], 0));
    cube.indicators.forEach((i, j) => declared.indicator.has(i) || note('indicator', i, () => ['indicators', j], 0));
    cube.periods.forEach((p, j) => okPeriod(p) || note('period', p, () => ['periods', j], 0));
  } else {
    const table = observations as ObservationTable;
    const bad = {
      unit: table.units.map((u) => !declared.unit.has(u)),
      indicator: table.indicators.map((i) => !declared.indicator.has(i)),
      period: table.periods.map((p) => !okPeriod(p)),
    };
    for (let r = 0; r < table.value.length; r++) {
      if (bad.unit[table.unit[r]!]) note('unit', table.units[table.unit[r]!]!, () => [...pathOf(r), 'unit']);
      if (bad.indicator[table.indicator[r]!])
        note('indicator', table.indicators[table.indicator[r]!]!, () => [...pathOf(r), 'indicator']);
      if (bad.period[table.period[r]!])
        note('period', table.periods[table.period[r]!]!, () => [...pathOf(r), 'period']);
    }
  }
  const issues: Issue[] = [];
  const rows = (n: number): [string, string] =>
    n === 0 ? ['', ''] : [` in ${n} observation${n === 1 ? '' : 's'}`, `（${n} 条观测）`];
  for (const field of ['unit', 'indicator'] as const) {
    for (const [value, [path, n]] of found[field]) {
      const [en, zh] = WHAT[field];
      const [inEn, inZh] = rows(n);
      const guess = nearestId(value, candidates[field]);
      issues.push(
        makeIssue(
          path,
          'unknown_reference',
          `unknown ${en} "${shown(value)}"${inEn}; ${guess === null ? `the framework declares no such ${en}` : `did you mean "${guess}"?`}`,
          `未知${zh}“${shown(value)}”${inZh}；${guess === null ? `方案中没有这个${zh}` : `是否应为“${guess}”？`}`,
        ),
      );
    }
  }
  for (const [value, [path, n]] of found.period) {
    const [inEn, inZh] = rows(n);
    const why = periods.problem(value)!;
    issues.push(
      makeIssue(
        path,
        'invalid_period',
        `period "${shown(value)}"${inEn}: ${why.en}`,
        `期间“${shown(value)}”${inZh}：${why.zh}`,
      ),
    );
  }
  return issues;
}

/** The kinds of period the framework uses (its plan period, baselines, targets and milestones) and the last one it can assess. */
function periodRule(framework: Framework): { problem: (p: string) => { en: string; zh: string } | null } {
  const declared = [
    framework.period.start,
    framework.period.end,
    ...framework.indicators.flatMap((i) => [
      ...(i.baseline ? [i.baseline.period] : []),
      ...(i.target ? [i.target.period] : []),
      ...(i.milestones ?? []).map((m) => m.period),
    ]),
  ];
  const parsed = declared.map((p) => parsePeriod(p)).filter((p) => p !== null);
  const kinds = new Set(parsed.map((p) => p.kind));
  const lastYear = Math.max(...parsed.map((p) => p.year));
  const names = [...kinds].join(', ');
  const namesZh = [...kinds].map((k) => KIND_ZH[k]).join('、');
  return {
    problem: (p) => {
      const q = parsePeriod(p);
      if (q === null)
        return {
          en: 'not a period (2025, 2025-Q3, 2025-07, 2025-07-15)',
          zh: '不是有效期间（2025、2025-Q3、2025-07、2025-07-15）',
        };
      if (!kinds.has(q.kind)) {
        return {
          en: `a ${q.kind}, but the framework's plan and targets use ${names} periods`,
          zh: `为${KIND_ZH[q.kind]}期间，而方案的规划期与目标为${namesZh}期间`,
        };
      }
      if (q.year > lastYear) {
        return {
          en: `after the plan period and every target (the last is in ${lastYear})`,
          zh: `晚于规划期及全部目标期（最晚为${lastYear}年）`,
        };
      }
      return null;
    },
  };
}
