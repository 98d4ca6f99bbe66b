import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, num, str } from './loose.js';

/**
 * An area's `minIndicators` (the fewest indicators with data for it to count as present) cannot
 * exceed the indicators directly in it: the area would be missing for every unit and take its
 * missing-data policy's value, with nothing reported.
 */
export function checkMinIndicators(doc: unknown): Issue[] {
  const count = new Map<string, number>();
  for (const [ind] of entries(doc, 'indicators')) {
    const area = str(ind, 'area');
    if (area !== undefined) count.set(area, (count.get(area) ?? 0) + 1);
  }
  const issues: Issue[] = [];
  for (const [a, k] of entries(doc, 'areas')) {
    const min = num(a, 'minIndicators');
    const id = str(a, 'id');
    const has = id === undefined ? 0 : (count.get(id) ?? 0);
    if (min === undefined || min <= has) continue;
    issues.push(
      makeIssue(
        ['areas', k, 'minIndicators'],
        'unreachable_min_indicators',
        `area "${id ?? k}" needs ${min} indicators with data but has ${has}, so it could never be scored`,
        `领域“${id ?? k}”要求至少 ${min} 项指标有数据，但只有 ${has} 项指标，无法计分`,
      ),
    );
  }
  return issues;
}
