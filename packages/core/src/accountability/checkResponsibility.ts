import type { Framework } from '../model/framework.schema.js';
import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import { checkResponsibilities } from '../model/rules/checkResponsibilities.js';

/**
 * The reform's responsibility rule as a report: every measure missing an owner, doer or checker
 * (有人管、有人干、有人问), every indicator without a responsible unit, and every unit other than
 * the government with no one answerable above it (no `parent`).
 *
 * @category Accountability
 * @param framework - A framework (validated or not).
 * @returns The gaps, each with its path and a message in both languages; `[]` when none.
 * @example
 * checkResponsibility(framework).map((i) => i.at) //=> ['measures[4].checker', 'units[9].parent']
 */
export function checkResponsibility(framework: Framework): Issue[] {
  const issues = checkResponsibilities(framework).filter((i) => i.code !== 'custom');
  framework.units.forEach((u, i) => {
    if (u.kind !== 'government' && u.parent === undefined) {
      issues.push(
        makeIssue(
          ['units', i, 'parent'],
          'missing_role',
          `unit "${u.id}" has no one answerable above it`,
          `单位“${u.id}”没有上级责任主体`,
        ),
      );
    }
  });
  return issues;
}
