import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { LedgerRole } from './ledgerRole.schema.js';
import type { Problem } from './problem.schema.js';
import { problemLifecycle } from './problemLifecycle.js';
import type { ProblemState } from './problemState.schema.js';

const roleNames: Record<LedgerRole, [string, string]> = {
  responsible: ['the responsible unit', '责任单位'],
  checker: ['the checker', '验收单位'],
  supervisor: ['the supervision office', '督查室'],
};
const actionNames: Record<keyof typeof problemLifecycle, [string, string]> = {
  apply: ['an application for closure', '销号申请'],
  verify: ['a verification', '验收'],
  close: ['a closure', '销号'],
  return: ['a return', '退回'],
};
const stateNames: Record<ProblemState, [string, string]> = {
  open: ['open', '整改中'],
  applied: ['applied for closure', '已申请销号'],
  verified: ['verified', '已验收'],
  returned: ['returned', '已退回'],
  closed: ['closed', '已销号'],
};

/**
 * A problem's history against the lifecycle table (`problemLifecycle`): each transition dated on
 * or after the one before (and the problem's opening), allowed from the state the problem is in
 * (a closure before its application is refused), made by a role that may make it and by the unit
 * that holds that role on the problem (the responsible unit, the checker, or the office), with
 * evidence where the table requires it (closure without evidence is refused) and a reason for a
 * return. Paths are `[...prefix, 'history', k, field]`.
 *
 * @category Ledgers
 * @param problem - A problem of the right shape.
 * @param office - The ledgers' supervision office (the unit of the `supervisor` role).
 * @param prefix - The problem's path, e.g. `['problems', 2]`.
 * @returns Every problem found, in history order.
 * @example
 * checkProblemHistory({ ...problem, history: [{ action: 'close', date: '2025-09-01', by: { role: 'supervisor', unit: 'meixi' } }] }, 'meixi', ['problems', 0])
 *   .map((i) => [i.at, i.code]) //=> [['problems[0].history[0].action', 'invalid_transition'], ['problems[0].history[0].evidence', 'missing_evidence']]
 */
export function checkProblemHistory(problem: Problem, office: string, prefix: ReadonlyArray<string | number>): Issue[] {
  const issues: Issue[] = [];
  const holder: Record<LedgerRole, string> = {
    responsible: problem.unit,
    checker: problem.checker,
    supervisor: office,
  };
  if (problem.deadline < problem.opened)
    issues.push(
      makeIssue(
        [...prefix, 'deadline'],
        'date_order',
        `the deadline ${problem.deadline} is before the problem was opened (${problem.opened})`,
        `整改时限 ${problem.deadline} 早于问题登记日期 ${problem.opened}`,
      ),
    );
  let state: ProblemState = 'open';
  let last = problem.opened;
  problem.history.forEach((t, k) => {
    const at = [...prefix, 'history', k];
    const step = problemLifecycle[t.action];
    const [what, whatZh] = actionNames[t.action];
    if (t.date < last)
      issues.push(
        makeIssue(
          [...at, 'date'],
          'date_order',
          `${what} dated ${t.date}, before the step before it (${last}): write the history in the order it happened`,
          `${whatZh}日期 ${t.date} 早于上一步（${last}）：请按发生顺序记录`,
        ),
      );
    else last = t.date;
    if (!step.from.includes(state)) {
      const needs = step.from.map((s) => stateNames[s]);
      issues.push(
        makeIssue(
          [...at, 'action'],
          'invalid_transition',
          `${what} on ${t.date} while the problem is ${stateNames[state][0]}: it may only follow a problem ${needs.map((n) => n[0]).join(' or ')}`,
          `${t.date} 的${whatZh}不合程序：问题当时${stateNames[state][1]}，${whatZh}只能在问题${needs.map((n) => n[1]).join('或')}时进行`,
        ),
      );
    }
    if (!step.roles.includes(t.by.role)) {
      const may = step.roles.map((r) => roleNames[r]);
      issues.push(
        makeIssue(
          [...at, 'by', 'role'],
          'role_not_allowed',
          `${roleNames[t.by.role][0]} may not make ${what}; only ${may.map((m) => m[0]).join(' or ')} may`,
          `${roleNames[t.by.role][1]}无权进行${whatZh}；只有${may.map((m) => m[1]).join('或')}可以`,
        ),
      );
    } else if (t.by.unit !== holder[t.by.role]) {
      issues.push(
        makeIssue(
          [...at, 'by', 'unit'],
          'role_not_allowed',
          `"${t.by.unit}" acts as ${roleNames[t.by.role][0]}, which for this problem is "${holder[t.by.role]}"`,
          `“${t.by.unit}”以${roleNames[t.by.role][1]}身份办理，而本问题的${roleNames[t.by.role][1]}是“${holder[t.by.role]}”`,
        ),
      );
    }
    if (step.evidence && (t.evidence ?? []).length === 0)
      issues.push(
        makeIssue(
          [...at, 'evidence'],
          'missing_evidence',
          `${what} needs evidence: at least one file with its SHA-256`,
          `${whatZh}须附佐证材料：至少一个文件及其 SHA-256`,
        ),
      );
    if (step.reason && t.note === undefined)
      issues.push(
        makeIssue(
          [...at, 'note'],
          'missing_reason',
          `${what} needs the reason in "note"`,
          `${whatZh}须在 note 中写明理由`,
        ),
      );
    // The state follows the transition even when it was refused, so one wrong step is reported once.
    state = step.to;
  });
  return issues;
}
