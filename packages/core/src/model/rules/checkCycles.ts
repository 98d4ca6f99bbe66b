import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, str } from './loose.js';

/**
 * Cycles in the area tree and the unit hierarchy, each reported once at the entry of the cycle
 * that comes first in the list, the cycle read from it. Every entry is walked at most once (an id
 * is marked when a walk passes it), so a chain thousands deep costs linear time, not a walk per entry.
 */
export function checkCycles(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const [key, en, zh] of [
    ['areas', 'area', '领域'],
    ['units', 'unit', '单位'],
  ] as const) {
    const list = entries(doc, key);
    const parent = new Map(list.map(([o]) => [str(o, 'id'), str(o, 'parent')]));
    const index = new Map<string, number>();
    for (const [o, i] of list) {
      const id = str(o, 'id');
      if (id !== undefined && !index.has(id)) index.set(id, i);
    }
    // 1: on the walk in progress; 2: reached by a finished walk (in a reported cycle or none).
    const state = new Map<string, 1 | 2>();
    const found: Array<{ at: number; cycle: string[] }> = [];
    for (const [o] of list) {
      const start = str(o, 'id');
      if (start === undefined || state.has(start)) continue;
      const walk: string[] = [];
      let next: string | undefined = start;
      while (next !== undefined && parent.has(next) && !state.has(next)) {
        state.set(next, 1);
        walk.push(next);
        next = parent.get(next);
      }
      if (next !== undefined && state.get(next) === 1) {
        const cycle = walk.slice(walk.indexOf(next));
        // Read from the member listed first, as a reader scanning the list meets the cycle.
        let first = 0;
        cycle.forEach((id, k) => {
          if (index.get(id)! < index.get(cycle[first]!)!) first = k;
        });
        found.push({ at: index.get(cycle[first]!)!, cycle: [...cycle.slice(first), ...cycle.slice(0, first)] });
      }
      for (const id of walk) state.set(id, 2);
    }
    for (const { at, cycle } of found.sort((a, b) => a.at - b.at)) {
      const text = [...cycle, cycle[0]].join(' → ');
      issues.push(
        makeIssue([key, at, 'parent'], 'cycle', `${en} hierarchy has a cycle: ${text}`, `${zh}层级存在循环：${text}`),
      );
    }
  }
  return issues;
}
