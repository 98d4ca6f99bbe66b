import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, isObject, str } from './loose.js';

const roles = [
  ['owner', 'owner (有人管: the accountable leader)', '责任领导（有人管）'],
  ['doer', 'doer (有人干: who carries it out)', '承办责任人（有人干）'],
  ['checker', 'checker (有人问: who supervises it)', '督办责任人（有人问）'],
] as const;

/**
 * The seed's rule that every task has someone who owns it, does it and checks it (有人管、有人干、
 * 有人问), and that every indicator has a responsible unit (unless the scheme's `responsibleUnits`
 * is *none*, as in a published index).
 */
export function checkResponsibilities(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const [m, i] of entries(doc, 'measures')) {
    const id = str(m, 'id') ?? `#${i}`;
    for (const [role, en, zh] of roles) {
      if (m[role] === undefined || m[role] === null) {
        issues.push(
          makeIssue(['measures', i, role], 'missing_role', `measure "${id}" has no ${en}`, `任务“${id}”缺少${zh}`),
        );
      }
    }
  }
  // A published index names no responsible unit, and says so (scheme.responsibleUnits: 'none').
  const required = str(isObject(doc) ? doc['scheme'] : undefined, 'responsibleUnits') !== 'none';
  for (const [ind, i] of entries(doc, 'indicators')) {
    if (required && (ind['responsible'] === undefined || ind['responsible'] === null)) {
      const id = str(ind, 'id') ?? `#${i}`;
      issues.push(
        makeIssue(
          ['indicators', i, 'responsible'],
          'missing_responsible_unit',
          `indicator "${id}" has no responsible unit`,
          `指标“${id}”未明确责任单位`,
        ),
      );
    }
    if (str(ind, 'polarity') === 'band' && !isObject(ind['band'])) {
      issues.push(
        makeIssue(
          ['indicators', i, 'band'],
          'custom',
          'an indicator with polarity "band" needs band { min, max }',
          '区间型指标须给出 band { min, max }',
        ),
      );
    }
  }
  return issues;
}
