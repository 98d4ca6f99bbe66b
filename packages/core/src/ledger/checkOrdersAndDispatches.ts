import type { Issue } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import type { Ledgers } from './ledgers.schema.js';

/**
 * The orders' and dispatch meetings' own rules: a reply due on or after the order's issue, replies
 * only from the units the order goes to, each once, and not before the order; assigned items due
 * and done on or after their meeting.
 *
 * @category Ledgers
 * @param ledgers - Ledgers of the right shape.
 * @param prefix - The ledgers' path in a larger document.
 * @returns Every problem found.
 * @example
 * checkOrdersAndDispatches({ ...ledgers, orders: [{ ...order, replies: [{ unit: 'xihu', date: '2025-07-10', text: { zh: '已办' } }] }] })
 *   .map((i) => i.at) //=> ['orders[0].replies[0].unit'] (the order goes to gangkou only)
 */
export function checkOrdersAndDispatches(ledgers: Ledgers, prefix: ReadonlyArray<string | number> = []): Issue[] {
  const issues: Issue[] = [];
  const before = (
    path: Array<string | number>,
    what: [string, string],
    date: string,
    start: string,
    of: [string, string],
  ): void => {
    if (date < start)
      issues.push(
        makeIssue(
          [...prefix, ...path],
          'date_order',
          `${what[0]} ${date} is before ${of[0]} ${start}`,
          `${what[1]} ${date} 早于${of[1]} ${start}`,
        ),
      );
  };
  const issued: [string, string] = ["the order's issue date", '督办单签发日期'];
  const meeting: [string, string] = ["the meeting's date", '调度会日期'];
  ledgers.orders.forEach((o, k) => {
    before(['orders', k, 'replyDue'], ['the reply due date', '回复时限'], o.replyDue, o.issued, issued);
    const to = new Set(o.to.map((t) => t.unit));
    const replied = new Set<string>();
    o.replies.forEach((r, j) => {
      const path = ['orders', k, 'replies', j];
      if (!to.has(r.unit))
        issues.push(
          makeIssue(
            [...prefix, ...path, 'unit'],
            'unknown_reference',
            `"${r.unit}" replies, but the order goes to ${[...to].join(', ')}`,
            `“${r.unit}”作了回复，但督办单的办理单位是 ${[...to].join('、')}`,
          ),
        );
      else if (replied.has(r.unit))
        issues.push(
          makeIssue(
            [...prefix, ...path, 'unit'],
            'duplicate_id',
            `"${r.unit}" replies twice; keep the reply that answers the order (put follow-ups in its text)`,
            `“${r.unit}”回复了两次；请只保留答复督办单的那一次（后续情况写入其正文）`,
          ),
        );
      replied.add(r.unit);
      before([...path, 'date'], ['the reply date', '回复日期'], r.date, o.issued, issued);
    });
  });
  ledgers.dispatches.forEach((d, k) => {
    d.assignments.forEach((a, j) => {
      const path = ['dispatches', k, 'assignments', j];
      before([...path, 'due'], ['the due date', '办结时限'], a.due, d.date, meeting);
      if (a.done) before([...path, 'done', 'date'], ['the completion date', '办结日期'], a.done.date, d.date, meeting);
    });
  });
  return issues;
}
