import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Measure } from '../model/measure.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import type { NodeTiming } from '../vocabulary/nodeTiming.schema.js';

/**
 * One time node's standing on a date: when it was completed and how many days late.
 *
 * @category Accountability
 * @example
 * const late: NodeTimelinessResult = { measure: 'rural-sewage-gangkou', node: 'survey', due: '2025-06-30', completed: '2025-08-15', daysLate: 46, timing: 'late' };
 */
export interface NodeTimelinessResult {
  measure: string;
  node: string;
  due: string;
  /** The date of the first report that says the node is done (100 % or `done`), or `null`. */
  completed: string | null;
  /** Calendar days from the due date to completion (`late`) or to `asOf` (`overdue`); else 0. */
  daysLate: number;
  timing: NodeTiming;
}

const days = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));

/**
 * Every time node of a measure on a date, in due-date order: completed on time (按期完成), late
 * (逾期完成, with the days late), overdue and not completed (逾期未完成, days past due) or not yet
 * due. A node is completed on the date of the first report, on or before `asOf`, that says it is
 * 100 % done or `done` (the rule of {@link measureStatus}); completing on the due date is on time.
 * This is what a node being `done` no longer hides: the on-time completion rate (按期完成率) reads it.
 *
 * @category Accountability
 * @param measure - The measure.
 * @param reports - Progress reports (other measures' are ignored).
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns One result per node.
 * @example
 * nodeTimeliness(framework.measures.find((m) => m.id === 'rural-sewage-gangkou')!, reports, '2025-12-31')[0] // Meixi
 * //=> { measure: 'rural-sewage-gangkou', node: 'survey', due: '2025-06-30', completed: '2025-08-15', daysLate: 46, timing: 'late' }
 */
export function nodeTimeliness(
  measure: Measure,
  reports: ReadonlyArray<ProgressReport>,
  asOf: string,
): NodeTimelinessResult[] {
  const firstDone = new Map<string, string>();
  for (const r of reports) {
    if (r.measure !== measure.id || r.node === undefined || r.date > asOf) continue;
    if (r.percent < 100 && r.status !== 'done') continue;
    const seen = firstDone.get(r.node);
    if (seen === undefined || r.date < seen) firstDone.set(r.node, r.date);
  }
  return [...measure.nodes]
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((n): NodeTimelinessResult => {
      const completed = firstDone.get(n.id) ?? null;
      const base = { measure: measure.id, node: n.id, due: n.due, completed };
      if (completed !== null) {
        const late = days(n.due, completed);
        return late > 0 ? { ...base, daysLate: late, timing: 'late' } : { ...base, daysLate: 0, timing: 'onTime' };
      }
      return n.due < asOf
        ? { ...base, daysLate: days(n.due, asOf), timing: 'overdue' }
        : { ...base, daysLate: 0, timing: 'pending' };
    });
}
