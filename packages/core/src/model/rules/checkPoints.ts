import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { entries, isObject, num, str } from './loose.js';

/** How far a points group may be from its parent's points when the scheme declares no tolerance. */
const DEFAULT_POINTS_TOLERANCE = 1e-9;

/**
 * A scheme in points (分值) is a tree: the top-level areas' points add up to the scheme's
 * `totalPoints`, and the points of an area's children (sub-areas and indicators) add up to the
 * area's own points, each within `scheme.pointsTolerance` (published weights rounded to two
 * decimals, 2.75 + 1.83 + 0.92 = 5.5 for 5.5 but 29.32 for 29.3, need 0.05; without it, 1e-9). A
 * group is checked when all its members declare `points` (and none `weight`) and its parent has
 * points to add up to; points that do not add up are reported, never rescaled in silence. A group
 * mixing `weight` and `points` is reported too: the two are on different scales.
 */
export function checkPoints(doc: unknown): Issue[] {
  const scheme = isObject(doc) ? doc['scheme'] : undefined;
  const tolerance = num(scheme, 'pointsTolerance') ?? DEFAULT_POINTS_TOLERANCE;
  const groups = new Map<string, Member[]>();
  const add = (owner: string, member: Member): void => {
    const list = groups.get(owner);
    if (list) list.push(member);
    else groups.set(owner, [member]);
  };
  const owners = new Map<string, { points: number | undefined; path: Array<string | number> }>();
  for (const [a, k] of entries(doc, 'areas')) {
    add(str(a, 'parent') ?? '', memberOf(a, ['areas', k]));
    const id = str(a, 'id');
    if (id !== undefined && !owners.has(id)) owners.set(id, { points: pointsOf(a), path: ['areas', k, 'points'] });
  }
  for (const [ind, i] of entries(doc, 'indicators')) add(str(ind, 'area') ?? '', memberOf(ind, ['indicators', i]));
  const issues: Issue[] = [];
  for (const [owner, members] of groups) {
    const inPoints = members.filter((m) => m.kind === 'points');
    if (inPoints.length === 0) continue;
    const set = owner ? [`area "${owner}"`, `领域“${owner}”`] : ['the top level', '一级领域'];
    const weighted = members.find((m) => m.kind === 'weight');
    if (weighted !== undefined) {
      issues.push(
        makeIssue(
          [...weighted.path, 'weight'],
          'mixed_weight_points',
          `${set[0]} mixes weights and points among its children: declare points (分值) for all of them, or weights for all`,
          `${set[1]}下的同级项混用了权重（weight）和分值（points）：请统一使用分值或权重`,
        ),
      );
      continue;
    }
    if (inPoints.length !== members.length) continue; // a member with neither: checkWeights reports it
    const parent = owner ? owners.get(owner)?.points : num(scheme, 'totalPoints');
    if (parent === undefined) continue;
    const sum = compensatedSum(members.map((m) => m.points!));
    if (Math.abs(sum - parent) <= tolerance) continue;
    const of = owner
      ? [`area "${owner}"'s points`, '该领域分值']
      : ["the scheme's totalPoints", '考核总分（totalPoints）'];
    issues.push(
      makeIssue(
        [...members[0]!.path, 'points'],
        'points_sum',
        `points of the children of ${set[0]} add up to ${sum}, not ${parent} (${of[0]}), beyond the tolerance ${tolerance} (scheme.pointsTolerance): correct the points, or declare the rounding of published points as the tolerance`,
        `${set[1]}下各项分值合计为 ${sum}，应为 ${parent}（${of[1]}），超出容差 ${tolerance}（scheme.pointsTolerance）：请更正分值，或按公布分值的舍入声明容差`,
      ),
    );
  }
  return issues;
}

interface Member {
  kind: 'weight' | 'points' | 'none';
  points: number | undefined;
  path: Array<string | number>;
}

const pointsOf = (o: unknown): number | undefined => (num(o, 'weight') === undefined ? num(o, 'points') : undefined);

function memberOf(o: unknown, path: Array<string | number>): Member {
  const points = pointsOf(o);
  const kind = num(o, 'weight') !== undefined ? 'weight' : points !== undefined ? 'points' : 'none';
  return { kind, points, path };
}
