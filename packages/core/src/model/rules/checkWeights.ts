import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { compensatedSum } from '../../scoring/_lib/compensatedSum.js';
import { entries, isObject, num, str } from './loose.js';

/**
 * When the scheme sets `weightsSumTo`, the weights (or points) of each sibling group must add up
 * to it within 1e-9: the top-level areas, the sub-areas and indicators of each area.
 */
export function checkWeights(doc: unknown): Issue[] {
  const target = num(isObject(doc) ? doc['scheme'] : undefined, 'weightsSumTo');
  if (target === undefined) return [];
  const issues: Issue[] = [];
  const weight = (o: unknown): number => num(o, 'weight') ?? num(o, 'points') ?? 1;
  const groups = new Map<string, Array<{ w: number; path: Array<string | number> }>>();
  const add = (key: string, w: number, path: Array<string | number>): void => {
    const members = groups.get(key);
    // Appended in place: copying the group for each member made 32,000 indicators of one area quadratic.
    if (members) members.push({ w, path });
    else groups.set(key, [{ w, path }]);
  };
  for (const [a, i] of entries(doc, 'areas')) add(`area:${str(a, 'parent') ?? ''}`, weight(a), ['areas', i, 'weight']);
  for (const [ind, i] of entries(doc, 'indicators')) add(`indicators:${str(ind, 'area') ?? ''}`, weight(ind), ['indicators', i, 'weight']);
  for (const [key, members] of groups) {
    const sum = compensatedSum(members.map((m) => m.w));
    if (Math.abs(sum - target) <= 1e-9) continue;
    const [kind, owner] = key.split(':') as [string, string];
    const group = kind === 'area' ? (owner ? `sub-areas of "${owner}"` : 'top-level areas') : `indicators of area "${owner}"`;
    const groupZh = kind === 'area' ? (owner ? `领域“${owner}”的下级领域` : '一级领域') : `领域“${owner}”的指标`;
    issues.push(makeIssue(members[0]!.path, 'weights_sum', `weights of the ${group} add up to ${sum}, not ${target}`, `${groupZh}权重合计为 ${sum}，应为 ${target}`));
  }
  return issues;
}
