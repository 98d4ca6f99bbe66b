import type { ParseResult } from '../result/issue.js';
import type { Framework } from './framework.schema.js';
import type { UnitTarget } from './unitTarget.schema.js';
import { parseFramework } from './parseFramework.js';
import { makeIssue } from '../result/makeIssue.js';

/**
 * The framework with targets assigned to units added to their indicators' `unitTargets` (after the
 * ones it declares, in the order given), then checked again as a whole by `parseFramework`: an
 * unknown indicator or unit, a second target for one unit and period (one in the framework and one
 * in the file included) and a value of the wrong kind are refused, each at its place in the merged
 * framework (`indicators[k].unitTargets[j]`). The framework given is not changed.
 *
 * @category Model
 * @param framework - A valid framework.
 * @param targets - The targets, e.g. from `readUnitTargetsCsv`.
 * @returns `{ ok: true, value }` with the framework the targets belong to, or `{ ok: false, issues }`.
 * @example
 * const r = withUnitTargets(framework, [{ indicator: 'pm25', unit: 'gangkou', period: '2025', value: 38 }]);
 * r.ok && targetFor(r.value.indicators.find((i) => i.id === 'pm25')!, { id: 'gangkou', tags: [] }, '2025') //=> 38
 */
export function withUnitTargets(framework: Framework, targets: ReadonlyArray<UnitTarget>): ParseResult<Framework> {
  const known = new Set(framework.indicators.map((i) => i.id));
  const unknown = targets.filter((t) => !known.has(t.indicator));
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: unknown.map((t) =>
        makeIssue(
          [targets.indexOf(t), 'indicator'],
          'unknown_reference',
          `unknown indicator "${t.indicator}"`,
          `未知指标“${t.indicator}”`,
        ),
      ),
    };
  }
  const doc = {
    ...framework,
    indicators: framework.indicators.map((ind) => {
      const added = targets.filter((t) => t.indicator === ind.id);
      if (added.length === 0) return ind;
      return {
        ...ind,
        unitTargets: [
          ...(ind.unitTargets ?? []),
          ...added.map((t) => ({ unit: t.unit, period: t.period, value: t.value })),
        ],
      };
    }),
  };
  return parseFramework(doc);
}
