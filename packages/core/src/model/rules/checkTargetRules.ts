import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, isObject, str } from './loose.js';

/**
 * Rules that test an indicator against its target (`when: { event: 'indicatorBelowTarget' }`)
 * name one that has a target: an indicator scored relative to the other units may have none, and
 * then the rule could never fire.
 */
export function checkTargetRules(doc: unknown): Issue[] {
  const withoutTarget = new Set<string>();
  for (const [ind] of entries(doc, 'indicators')) {
    const id = str(ind, 'id');
    if (id !== undefined && !isObject(ind['target'])) withoutTarget.add(id);
  }
  const issues: Issue[] = [];
  const scheme = isObject(doc) ? doc['scheme'] : undefined;
  for (const [r, i] of entries(scheme, 'rules')) {
    const when = r['when'];
    const indicator = str(when, 'indicator');
    if (!isObject(when) || when['event'] !== 'indicatorBelowTarget' || indicator === undefined) continue;
    if (!withoutTarget.has(indicator)) continue;
    issues.push(
      makeIssue(
        ['scheme', 'rules', i, 'when', 'indicator'],
        'missing_target',
        `the rule tests indicator "${indicator}" against its target, and it has none: give it a target or drop the rule`,
        `该规则以目标值检验指标“${indicator}”，但该指标未设目标值：请为其设定目标值或删除该规则`,
      ),
    );
  }
  return issues;
}
