import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { checkValueKind } from '../../observation/checkValueKind.js';
import { entries, idsOf, str } from './loose.js';

/**
 * Targets assigned to units (`indicators[k].unitTargets`, 目标分解): each names a declared unit, one
 * target per unit and period (a second one would leave which counts to list order), and a value of
 * the indicator's kind (yes/no or number, as `checkValueKind` says for observations).
 */
export function checkUnitTargets(doc: unknown): Issue[] {
  const units = idsOf(doc, 'units');
  const issues: Issue[] = [];
  for (const [ind, i] of entries(doc, 'indicators')) {
    const id = str(ind, 'id') ?? String(i);
    const polarity = str(ind, 'polarity');
    const seen = new Set<string>();
    for (const [t, k] of entries(ind, 'unitTargets')) {
      const path = ['indicators', i, 'unitTargets', k];
      const unit = str(t, 'unit');
      const period = str(t, 'period');
      if (unit !== undefined && !units.has(unit))
        issues.push(makeIssue([...path, 'unit'], 'unknown_reference', `unknown unit "${unit}"`, `未知单位“${unit}”`));
      if (unit !== undefined && period !== undefined) {
        const key = `${unit}\u0000${period}`;
        if (seen.has(key)) {
          issues.push(
            makeIssue(
              path,
              'duplicate_target',
              `indicator "${id}" assigns unit "${unit}" a second target for ${period}: give each unit one target per period`,
              `指标“${id}”为单位“${unit}”重复分解了 ${period} 的目标：每个单位每期只能有一个目标`,
            ),
          );
        }
        seen.add(key);
      }
      const value = t['value'];
      if (polarity !== undefined && (typeof value === 'number' || typeof value === 'boolean')) {
        const wrong = checkValueKind({ id, polarity: polarity as 'higher' }, value);
        if (wrong) issues.push(makeIssue([...path, 'value'], 'value_kind', wrong.en, wrong.zh));
      }
    }
  }
  return issues;
}
