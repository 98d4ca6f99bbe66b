import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, isObject, num, str } from './loose.js';

/**
 * The scheme's unit groups (分类考核): each group's parts add up to the scheme's total points, no
 * unit kind is in two groups, and a group scoring tasks by 序时进度 has the scheme's `paceBands`
 * to read; and every measure's `partOf` names another measure.
 */
export function checkUnitGroups(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  const scheme = isObject(doc) ? doc['scheme'] : undefined;
  const total = num(scheme, 'totalPoints');
  const owner = new Map<string, string>();
  for (const [g, k] of entries(scheme, 'groups')) {
    const id = str(g, 'id') ?? String(k);
    const indicators = num(g, 'indicators') ?? 0;
    const tasks = num(g['tasks'], 'points') ?? 0;
    if (total !== undefined && Math.abs(indicators + tasks - total) > 1e-9 * Math.max(1, total)) {
      issues.push(
        makeIssue(
          ['scheme', 'groups', k],
          'weights_sum',
          `group "${id}": indicator points ${indicators} and task points ${tasks} add up to ${indicators + tasks}, not the scheme's ${total}`,
          `考核类别“${id}”：指标分 ${indicators} 与任务分 ${tasks} 合计 ${indicators + tasks}，不等于总分 ${total}`,
        ),
      );
    }
    const kinds = Array.isArray(g['kinds']) ? g['kinds'] : [];
    kinds.forEach((kind, j) => {
      if (typeof kind !== 'string') return;
      const other = owner.get(kind);
      if (other !== undefined) {
        issues.push(
          makeIssue(
            ['scheme', 'groups', k, 'kinds', j],
            'group_overlap',
            `unit kind "${kind}" is in group "${other}" already: a unit is assessed in one group`,
            `单位类型“${kind}”已属于考核类别“${other}”：每个单位只在一个类别中考核`,
          ),
        );
      } else owner.set(kind, id);
    });
    const method = isObject(g['tasks']) ? g['tasks']['method'] : undefined;
    if (str(method, 'kind') === 'pace' && !(isObject(scheme) && isObject(scheme['paceBands']))) {
      issues.push(
        makeIssue(
          ['scheme', 'groups', k, 'tasks', 'method'],
          'missing_setting',
          `group "${id}" scores tasks by 序时进度 but the scheme has no paceBands to tell 超序时, 按序时 and 滞后序时 apart`,
          `考核类别“${id}”按序时进度计分，但考核办法未设定序时进度分档（paceBands）`,
        ),
      );
    }
  }
  const measures = new Set(entries(doc, 'measures').map(([m]) => m['id']));
  for (const [m, i] of entries(doc, 'measures')) {
    const parent = m['partOf'];
    if (typeof parent === 'string' && (!measures.has(parent) || parent === m['id'])) {
      issues.push(
        makeIssue(
          ['measures', i, 'partOf'],
          'unknown_reference',
          `unknown measure "${parent}" (a task is part of another declared task)`,
          `未知任务“${parent}”（分解任务应属于另一项已声明的任务）`,
        ),
      );
    }
  }
  return issues;
}
