import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, str } from './loose.js';

const collections = ['areas', 'goals', 'indicators', 'measures', 'units', 'redLines', 'chiefAreas'] as const;

function duplicates(list: Array<[unknown, number]>, base: Array<string | number>, what: string, issues: Issue[]): void {
  const seen = new Map<string, number>();
  for (const [o, i] of list) {
    const id = str(o, 'id');
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      issues.push(
        makeIssue(
          [...base, i, 'id'],
          'duplicate_id',
          `duplicate ${what} id "${id}" (first at index ${first})`,
          `${what === 'node' ? '节点' : ''}标识“${id}”重复（首次出现在第 ${first} 项）`,
        ),
      );
  }
}

/** Every id that appears twice in a collection, the scheme's grades and rules, or a measure's nodes. */
export function checkDuplicateIds(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const key of collections) duplicates(entries(doc, key), [key], key.replace(/s$/, ''), issues);
  const scheme = (doc as Record<string, unknown> | null)?.['scheme'];
  duplicates(entries(scheme, 'grades'), ['scheme', 'grades'], 'grade', issues);
  duplicates(entries(scheme, 'rules'), ['scheme', 'rules'], 'rule', issues);
  for (const [m, i] of entries(doc, 'measures'))
    duplicates(entries(m, 'nodes'), ['measures', i, 'nodes'], 'node', issues);
  return issues;
}
