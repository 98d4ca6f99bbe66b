import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, num, str } from './loose.js';

/**
 * An area must be able to have a score: one with no indicator or sub-area, or whose children all
 * weigh 0, would always be missing and take its missing-data policy's value for every unit; the
 * top-level areas likewise must not all weigh 0. Weights are read as `assess` reads them
 * (`weight`, else `points`, else 1 in a group that declares none; see `checkWeights`).
 */
export function checkAreaWeights(doc: unknown): Issue[] {
  const weight = (o: unknown): number => num(o, 'weight') ?? num(o, 'points') ?? 1;
  const areas = entries(doc, 'areas');
  const children = new Map<string, number[]>();
  const push = (parent: string | undefined, w: number): void => {
    const key = parent ?? '';
    const list = children.get(key);
    if (list) list.push(w);
    else children.set(key, [w]);
  };
  for (const [a] of areas) push(str(a, 'parent') ?? '', weight(a));
  for (const [ind] of entries(doc, 'indicators')) {
    const area = str(ind, 'area');
    if (area !== undefined && area !== '') push(area, weight(ind));
  }
  const issues: Issue[] = [];
  for (const [a, k] of areas) {
    const id = str(a, 'id');
    if (id === undefined || id === '') continue;
    const ws = children.get(id);
    if (ws === undefined) {
      issues.push(
        makeIssue(
          ['areas', k],
          'empty_area',
          `area "${id}" has no indicator or sub-area, so it could never be scored`,
          `领域“${id}”下没有任何指标或下级领域，无法计分`,
        ),
      );
    } else if (ws.every((w) => w === 0)) {
      issues.push(
        makeIssue(
          ['areas', k],
          'zero_weights',
          `every indicator and sub-area of area "${id}" weighs 0, so it could never be scored`,
          `领域“${id}”下所有指标和下级领域的权重均为 0，无法计分`,
        ),
      );
    }
  }
  const roots = children.get('');
  if (areas.length > 0 && roots !== undefined && roots.every((w) => w === 0)) {
    issues.push(
      makeIssue(
        ['areas'],
        'zero_weights',
        'every top-level area weighs 0, so no unit could get a total',
        '所有一级领域的权重均为 0，无法计算总分',
      ),
    );
  }
  return issues;
}
