import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, str } from './loose.js';

/**
 * An indicator's `appliesTo` names unit tags; a tag no unit carries is a typo or a unit left
 * untagged, and with only such tags the indicator would apply to no unit at all, every cell not
 * applicable with nothing reported.
 */
export function checkAppliesTo(doc: unknown): Issue[] {
  const tags = new Set<string>();
  for (const [u] of entries(doc, 'units')) {
    const list = u['tags'];
    if (Array.isArray(list)) for (const t of list) if (typeof t === 'string') tags.add(t);
  }
  const issues: Issue[] = [];
  for (const [ind, i] of entries(doc, 'indicators')) {
    const list = ind['appliesTo'];
    if (!Array.isArray(list)) continue;
    list.forEach((t, k) => {
      if (typeof t !== 'string' || t === '' || tags.has(t)) return;
      const id = str(ind, 'id') ?? `#${i}`;
      issues.push(
        makeIssue(
          ['indicators', i, 'appliesTo', k],
          'unknown_tag',
          `indicator "${id}" applies to units tagged "${t}", but no unit has that tag`,
          `指标“${id}”适用于标签为“${t}”的单位，但没有任何单位带有该标签`,
        ),
      );
    });
  }
  return issues;
}
