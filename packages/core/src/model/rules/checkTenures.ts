import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, idsOf, isObject, str } from './loose.js';
import { nearestId } from '../nearestId.js';

/**
 * The people and their tenures: each position's unit is declared and it ends on or after its
 * start; no two tenures of one post overlap (one person answerable at a time); every post a
 * measure's role, a red-line zone, a chief system's area or a unit's `head` names is held by
 * someone (with the held post it most likely meant when one is close).
 */
export function checkTenures(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  const units = idsOf(doc, 'units');
  const held = new Map<string, Array<{ start: string; end: string; who: string }>>();
  for (const [p, i] of entries(doc, 'people')) {
    for (const [pos, k] of entries(p, 'positions')) {
      const path = ['people', i, 'positions', k];
      const unit = str(pos, 'unit');
      if (unit !== undefined && !units.has(unit)) {
        issues.push(makeIssue([...path, 'unit'], 'unknown_reference', `unknown unit "${unit}"`, `未知单位“${unit}”`));
      }
      const start = str(pos, 'start');
      const end = str(pos, 'end') ?? '9999-12-31';
      const post = str(pos, 'post');
      if (start === undefined || post === undefined) continue;
      if (end < start) {
        issues.push(
          makeIssue(
            [...path, 'end'],
            'date_outside_period',
            `tenure ends ${end} before it starts ${start}`,
            `任职结束日期 ${end} 早于开始日期 ${start}`,
          ),
        );
      }
      const who = str(p, 'id') ?? String(i);
      for (const other of held.get(post) ?? []) {
        if (start <= other.end && other.start <= end) {
          issues.push(
            makeIssue(
              [...path, 'start'],
              'tenure_overlap',
              `post "${post}": ${who}'s tenure overlaps ${other.who}'s (${other.start} → ${other.end === '9999-12-31' ? 'now' : other.end}): one person answers for a post at a time`,
              `职务“${post}”：${who}的任职期间与${other.who}（${other.start} 至 ${other.end === '9999-12-31' ? '今' : other.end}）重叠：同一时间一个职务只由一人负责`,
            ),
          );
        }
      }
      held.set(post, [...(held.get(post) ?? []), { start, end, who }]);
    }
  }
  const posts = [...held.keys()].map((id) => ({ id, names: [] }));
  const named = (post: unknown, path: Array<string | number>): void => {
    if (typeof post === 'string' && !held.has(post)) {
      const guess = nearestId(post, posts);
      issues.push(
        makeIssue(
          path,
          'unknown_reference',
          `post "${post}" is held by no one in people; ${guess === null ? 'add the tenure of whoever holds it' : `did you mean "${guess}"?`}`,
          `职务“${post}”在人员名册中无人任职；${guess === null ? '请在人员名册中补充其任职' : `是否应为“${guess}”？`}`,
        ),
      );
    }
  };
  for (const [m, i] of entries(doc, 'measures')) {
    for (const role of ['owner', 'doer', 'checker'])
      if (isObject(m[role])) named(m[role]['post'], ['measures', i, role, 'post']);
  }
  for (const [z, i] of entries(doc, 'redLines')) named(z['post'], ['redLines', i, 'post']);
  for (const [c, i] of entries(doc, 'chiefAreas')) named(c['post'], ['chiefAreas', i, 'post']);
  for (const [u, i] of entries(doc, 'units')) named(u['head'], ['units', i, 'head']);
  return issues;
}
