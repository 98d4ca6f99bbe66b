import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { comparePeriods } from '../../observation/comparePeriods.js';
import { periodInterval } from '../../observation/periodInterval.js';
import { entries, isObject, str } from './loose.js';

/** Baselines after targets, and measure time nodes due outside the plan period. */
export function checkDates(doc: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const [ind, i] of entries(doc, 'indicators')) {
    const base = str(ind['baseline'], 'period');
    const target = str(ind['target'], 'period');
    if (base && target && periodInterval(base) && periodInterval(target) && comparePeriods(base, target) > 0) {
      issues.push(
        makeIssue(
          ['indicators', i, 'baseline', 'period'],
          'baseline_after_target',
          `baseline period ${base} is after target period ${target}`,
          `基期 ${base} 晚于目标期 ${target}`,
        ),
      );
    }
  }
  const period = isObject(doc) ? doc['period'] : undefined;
  const start = periodInterval(str(period, 'start') ?? '')?.start;
  const end = periodInterval(str(period, 'end') ?? '')?.end;
  if (!start || !end) return issues;
  for (const [m, i] of entries(doc, 'measures')) {
    for (const [node, k] of entries(m, 'nodes')) {
      const due = str(node, 'due');
      if (due && /^\d{4}-\d{2}-\d{2}$/.test(due) && (due < start || due > end)) {
        issues.push(
          makeIssue(
            ['measures', i, 'nodes', k, 'due'],
            'date_outside_period',
            `due date ${due} is outside the plan period ${start} – ${end}`,
            `时间节点 ${due} 超出规划期 ${start} 至 ${end}`,
          ),
        );
      }
    }
  }
  return issues;
}
