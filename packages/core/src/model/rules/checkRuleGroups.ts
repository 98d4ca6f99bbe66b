import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, isObject, str } from './loose.js';

/**
 * The scheme's rule groups (`scheme.ruleGroups`, a cumulative cap shared by deductions or bonuses):
 * each id declared once; every rule's `group` one of them (an unknown one would cap nothing, which
 * a typo must not do silently); and a group's rules all deductions or all bonuses, because a cap on
 * points taken and given together says nothing a reader could check.
 */
export function checkRuleGroups(doc: unknown): Issue[] {
  const scheme = isObject(doc) ? doc['scheme'] : undefined;
  const issues: Issue[] = [];
  const declared = new Set<string>();
  for (const [g, k] of entries(scheme, 'ruleGroups')) {
    const id = str(g, 'id');
    if (id === undefined) continue;
    if (declared.has(id)) {
      issues.push(
        makeIssue(
          ['scheme', 'ruleGroups', k, 'id'],
          'duplicate_id',
          `rule group "${id}" is declared twice`,
          `规则组“${id}”重复声明`,
        ),
      );
    }
    declared.add(id);
  }
  const kindOf = new Map<string, string>();
  for (const [r, i] of entries(scheme, 'rules')) {
    const group = str(r, 'group');
    if (group === undefined) continue;
    const path = ['scheme', 'rules', i, 'group'];
    if (!declared.has(group)) {
      const known = [...declared].sort().join(', ') || '—';
      issues.push(
        makeIssue(
          path,
          'unknown_reference',
          `unknown rule group "${group}" (declared in scheme.ruleGroups: ${known})`,
          `未知规则组“${group}”（scheme.ruleGroups 中声明的：${known}）`,
        ),
      );
      continue;
    }
    const kind = str(r, 'kind');
    if (kind === undefined) continue;
    const first = kindOf.get(group);
    if (first === undefined) kindOf.set(group, kind);
    else if (first !== kind) {
      issues.push(
        makeIssue(
          path,
          'mixed_rule_group',
          `rule group "${group}" holds both ${first} and ${kind} rules: a group's cap is on deductions or on bonuses, not both`,
          `规则组“${group}”同时包含${label(first)}和${label(kind)}规则：一个规则组只能对扣分或加分设上限`,
        ),
      );
    }
  }
  return issues;
}

const label = (kind: string): string => (kind === 'deduction' ? '扣分' : kind === 'bonus' ? '加分' : kind);
