import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, str } from './loose.js';

/** Cycles in the area tree and the unit hierarchy, reported at the entry that closes each cycle. */
export function checkCycles(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const [key, en, zh] of [['areas', 'area', '领域'], ['units', 'unit', '单位']] as const) {
    const list = entries(doc, key);
    const parent = new Map(list.map(([o]) => [str(o, 'id'), str(o, 'parent')]));
    const reported = new Set<string>();
    for (const [o, i] of list) {
      const start = str(o, 'id');
      if (start === undefined || reported.has(start)) continue;
      const chain = [start];
      let next = parent.get(start);
      while (next !== undefined && parent.has(next) && !chain.includes(next)) {
        chain.push(next);
        next = parent.get(next);
      }
      if (next === start) {
        chain.forEach((id) => reported.add(id));
        const cycle = [...chain, start].join(' → ');
        issues.push(makeIssue([key, i, 'parent'], 'cycle', `${en} hierarchy has a cycle: ${cycle}`, `${zh}层级存在循环：${cycle}`));
      }
    }
  }
  return issues;
}
