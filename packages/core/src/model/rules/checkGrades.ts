import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, isObject, num, str } from './loose.js';

/**
 * Every grade must be reachable by a total on the scheme's points: its lower edge not above
 * `totalPoints` (nor equal to it and excluded), and no two grades sharing a lower edge (`gradeOf`
 * would give one of them only by the order they are listed in).
 */
export function checkGrades(doc: unknown): Issue[] {
  const scheme = isObject(doc) ? doc['scheme'] : undefined;
  const total = num(scheme, 'totalPoints');
  const issues: Issue[] = [];
  const first = new Map<number, string>();
  for (const [g, k] of entries(scheme, 'grades')) {
    const min = num(g, 'min');
    if (min === undefined) continue;
    const id = str(g, 'id') ?? String(k);
    const path = ['scheme', 'grades', k, 'min'];
    if (total !== undefined && (min > total || (min === total && g['inclusive'] === false))) {
      issues.push(
        makeIssue(
          path,
          'unreachable_grade',
          `grade "${id}" starts ${min === total ? 'just above' : 'at'} ${min}, above the scheme's ${total} total points: no unit can reach it`,
          `等级“${id}”的下限 ${min}${min === total ? '（不含）' : ''}超过总分 ${total}，任何单位都无法达到`,
        ),
      );
    }
    const twin = first.get(min);
    if (twin !== undefined) {
      issues.push(
        makeIssue(
          path,
          'duplicate_grade_min',
          `grade "${id}" has the same lower edge ${min} as grade "${twin}": give each grade its own`,
          `等级“${id}”与等级“${twin}”的下限同为 ${min}：每个等级应有各自的下限`,
        ),
      );
    } else first.set(min, id);
  }
  return issues;
}
