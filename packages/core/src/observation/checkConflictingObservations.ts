import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';

/**
 * Where one observation was read, for {@link checkConflictingObservations}: the path of its value
 * and how to name it in a sentence.
 *
 * @category I/O
 * @example
 * const where: ObservationPlace = { path: ['line', 7, 'value'], en: 'line 7', zh: '第 7 行' };
 */
export interface ObservationPlace {
  /** The path of the value, e.g. `['line', 7, 'value']` or `[6, 'value']`. */
  path: Array<string | number>;
  /** The place in English, e.g. `line 7`. */
  en: string;
  /** The place in Chinese, e.g. `第 7 行`. */
  zh: string;
}

/**
 * Finds observations that say two different things about the same cell: the same indicator,
 * unit, period and revision with different values (a missing value differs from any value, and
 * `true` from `1`). Nothing could choose between them, so each later one is an issue naming the
 * first. A repeated row with the same value has one reading and is accepted; corrections go in a
 * higher `revision`. The readers and parsers call this on what they read.
 *
 * @category I/O
 * @param count - How many observations there are.
 * @param keyOf - The cell of observation `k` (indicator, unit, period and revision) as one key.
 * @param valueAt - The value of observation `k`.
 * @param where - Where observation `k` was read.
 * @returns One issue per conflicting observation after the first of its cell.
 * @example
 * const rows = [['pm25', 'xihu', '2025', 31], ['pm25', 'xihu', '2025', 30]] as const;
 * checkConflictingObservations(2, (k) => rows[k]!.slice(0, 3).join('\u0000'), (k) => rows[k]![3],
 *   (k) => ({ path: ['line', k + 2, 'value'], en: `line ${k + 2}`, zh: `第 ${k + 2} 行` }))[0]!.at
 * //=> 'line[3].value'
 */
export function checkConflictingObservations(
  count: number,
  keyOf: (k: number) => string | number,
  valueAt: (k: number) => number | boolean | null,
  where: (k: number) => ObservationPlace,
): Issue[] {
  const firstOf = new Map<string | number, number>();
  const issues: Issue[] = [];
  for (let k = 0; k < count; k++) {
    const key = keyOf(k);
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, k);
      continue;
    }
    const a = valueAt(first);
    const b = valueAt(k);
    // -0 and 0 are one value (JSON and CSV write both as 0).
    if (a === b) continue;
    const here = where(k);
    const there = where(first);
    const show = (v: number | boolean | null): string => (v === null ? 'missing' : String(v));
    issues.push(
      makeIssue(
        here.path,
        'conflicting_observation',
        `${here.en} gives ${show(b)} for a cell ${there.en} gives ${show(a)} (same indicator, unit, period and revision): keep one, or give the correction a higher revision`,
        `${here.zh}的值 ${b === null ? '缺失' : String(b)} 与${there.zh}的值 ${a === null ? '缺失' : String(a)} 冲突（指标、单位、期间和修订号均相同）：请只保留一行，或给更正值更高的修订号`,
      ),
    );
  }
  return issues;
}
