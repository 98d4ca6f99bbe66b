import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { entries, isObject, num, str } from './loose.js';

/**
 * Weights (or points) are declared or absent for a whole set of siblings — what one aggregation
 * weighs together: the top-level areas, or the sub-areas and indicators of one area. A set that
 * declares none is weighted equally; a member without one among siblings that have them is an
 * issue at its own path (it would silently count as 1, whatever the others' scale). When the
 * scheme sets `weightsSumTo`, every member needs one, and the top-level areas, the sub-areas of
 * each area and the indicators of each area must each add up to it within 1e-9 — groups declared in
 * weights, that is: a group in points adds up to its parent's points instead (`checkPoints`).
 * Messages speak of points (分值) where the siblings have points, and of weights (权重) otherwise.
 */
export function checkWeights(doc: unknown): Issue[] {
  const target = num(isObject(doc) ? doc['scheme'] : undefined, 'weightsSumTo');
  const issues: Issue[] = [];
  const weight = (o: unknown): number | undefined => num(o, 'weight') ?? num(o, 'points');
  const inPoints = (o: unknown): boolean => num(o, 'weight') === undefined && num(o, 'points') !== undefined;
  const groups = new Map<string, Member[]>();
  const siblings = new Map<string, Member[]>();
  const add = (map: Map<string, Member[]>, key: string, member: Member): void => {
    const list = map.get(key);
    if (list) list.push(member);
    else map.set(key, [member]);
  };
  for (const [a, i] of entries(doc, 'areas')) {
    const member = { w: weight(a), points: inPoints(a), path: ['areas', i] };
    add(groups, `area:${str(a, 'parent') ?? ''}`, member);
    add(siblings, str(a, 'parent') ?? '', member);
  }
  for (const [ind, i] of entries(doc, 'indicators')) {
    const member = { w: weight(ind), points: inPoints(ind), path: ['indicators', i] };
    add(groups, `indicators:${str(ind, 'area') ?? ''}`, member);
    add(siblings, str(ind, 'area') ?? '', member);
  }
  for (const [owner, members] of siblings) {
    const undeclared = members.filter((m) => m.w === undefined);
    if (undeclared.length === 0 || (target === undefined && undeclared.length === members.length)) continue;
    const set = owner ? [`area "${owner}"`, `领域“${owner}”`] : ['the top level', '一级领域'];
    if (members.some((m) => m.points)) {
      for (const m of undeclared) {
        issues.push(
          makeIssue(
            [...m.path, 'points'],
            'missing_weight',
            `no points: its siblings in ${set[0]} have points (分值), and it would silently count as 1 point`,
            `缺少分值（points）：${set[1]}下的同级项均有分值，缺省将被默认为 1 分`,
          ),
        );
      }
      continue;
    }
    const why =
      target !== undefined
        ? [
            `the scheme requires weights adding up to ${target} (weightsSumTo)`,
            `考核办法要求权重合计为 ${target}（weightsSumTo）`,
          ]
        : [
            `its siblings in ${set[0]} have one, and it would silently count as 1`,
            `${set[1]}下的同级项均有权重，缺省将被默认为 1`,
          ];
    for (const m of undeclared) {
      issues.push(
        makeIssue(
          [...m.path, 'weight'],
          'missing_weight',
          `no weight or points: ${why[0]}`,
          `缺少权重（weight 或 points）：${why[1]}`,
        ),
      );
    }
  }
  if (target === undefined) return issues;
  for (const [key, members] of groups) {
    // A sum with an undeclared member would blame a sibling for the missing one (reported above).
    if (members.some((m) => m.w === undefined)) continue;
    // Points add up to their parent's points, not to weightsSumTo (checkPoints).
    if (members.some((m) => m.points)) continue;
    const sum = compensatedSum(members.map((m) => m.w!));
    if (Math.abs(sum - target) <= 1e-9) continue;
    const [kind, owner] = key.split(':') as [string, string];
    const group =
      kind === 'area' ? (owner ? `sub-areas of "${owner}"` : 'top-level areas') : `indicators of area "${owner}"`;
    const groupZh = kind === 'area' ? (owner ? `领域“${owner}”的下级领域` : '一级领域') : `领域“${owner}”的指标`;
    issues.push(
      makeIssue(
        [...members[0]!.path, 'weight'],
        'weights_sum',
        `weights of the ${group} add up to ${sum}, not ${target}`,
        `${groupZh}权重合计为 ${sum}，应为 ${target}`,
      ),
    );
  }
  return issues;
}

interface Member {
  w: number | undefined;
  /** Declared in points (分值), not as a weight. */
  points: boolean;
  path: Array<string | number>;
}
