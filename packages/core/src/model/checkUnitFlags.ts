import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Framework } from './framework.schema.js';
import type { UnitFlag } from './unitFlag.schema.js';
import { nearestId } from './nearestId.js';
import { idCandidates } from './idCandidates.js';

/**
 * The flags' references the framework cannot honour: a unit it does not declare, or a flag no
 * rule of its scheme tests (most often a typo, which would otherwise change nobody's score
 * without a word). Paths are `[k].unit` / `[k].flag`, under `prefix`.
 *
 * @category Model
 * @param framework - A parsed framework.
 * @param flags - The flags (already of the right shape).
 * @param prefix - The path of the list, e.g. `['flags']` in a bundle.
 * @returns Every problem, in list order.
 * @example
 * checkUnitFlags(framework, [{ unit: 'atlantis', period: '2025', flag: 'majorIncidnet' }], ['flags']).map((i) => i.at)
 * //=> ['flags[0].unit', 'flags[0].flag']
 */
export function checkUnitFlags(
  framework: Framework,
  flags: ReadonlyArray<UnitFlag>,
  prefix: ReadonlyArray<string | number> = [],
): Issue[] {
  const units = new Set(framework.units.map((u) => u.id));
  const tested = new Set(
    framework.scheme.rules.flatMap((r) => ('when' in r && r.when.event === 'flag' ? [r.when.flag] : [])),
  );
  const known = [...tested].sort().join(', ') || '—';
  const issues: Issue[] = [];
  flags.forEach((f, k) => {
    if (!units.has(f.unit)) {
      const guess = nearestId(f.unit, idCandidates(framework, 'unit'));
      const [en, zh] = guess === null ? ['', ''] : [`; did you mean "${guess}"?`, `；是否应为“${guess}”？`];
      issues.push(
        makeIssue(
          [...prefix, k, 'unit'],
          'unknown_reference',
          `unknown unit "${f.unit}"${en}`,
          `未知单位“${f.unit}”${zh}`,
        ),
      );
    }
    if (!tested.has(f.flag)) {
      issues.push(
        makeIssue(
          [...prefix, k, 'flag'],
          'unknown_reference',
          `no rule of the scheme tests the flag "${f.flag}" (flags the rules test: ${known})`,
          `考核方案中没有规则使用标记“${f.flag}”（规则使用的标记：${known}）`,
        ),
      );
    }
  });
  return issues;
}
