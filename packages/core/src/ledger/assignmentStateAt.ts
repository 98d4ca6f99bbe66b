import { daysBetween } from '../_lib/daysBetween.js';
import { localized } from '../scoring/_engine/localized.js';
import type { DispatchRecord } from './dispatchRecord.schema.js';
import type { LedgerEntry, LedgerEvent } from './ledgerEntry.js';

/**
 * The items a dispatch meeting assigned, at `asOf`, each like a task: `done` once finished (late
 * by the days after its due date), else `open`, overdue by the days since its due date.
 *
 * @category Ledgers
 * @param dispatch - A dispatch record from valid ledgers.
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns One entry per assigned item; none when the meeting was after `asOf`.
 * @example
 * assignmentStateAt({ id: 'd5', meeting: { zh: '整改调度会' }, date: '2025-05-20', attendees: ['gangkou'], decisions: [],
 *   assignments: [{ id: 'd5-1', task: { zh: '岸电改造方案' }, unit: 'gangkou', due: '2025-06-30' }] }, '2025-07-03')[0]
 * //=> { kind: 'assignment', id: 'd5-1', state: 'open', overdueDays: 3, … }
 */
export function assignmentStateAt(dispatch: DispatchRecord, asOf: string): LedgerEntry[] {
  if (dispatch.date > asOf) return [];
  return dispatch.assignments.map((a) => {
    const done = a.done && a.done.date <= asOf ? a.done : undefined;
    const history: LedgerEvent[] = [{ date: dispatch.date, action: 'open', unit: a.unit, evidence: [] }];
    if (done) {
      history.push({
        date: done.date,
        action: 'done',
        unit: a.unit,
        ...(done.note ? { note: localized(done.note) } : {}),
        evidence: done.evidence ?? [],
      });
    }
    return {
      kind: 'assignment',
      id: a.id,
      source: 'dispatch',
      document: dispatch.id,
      unit: a.unit,
      ...(a.person ? { person: localized(a.person.name ?? a.person.position) } : {}),
      title: localized(a.task),
      detail: localized(dispatch.meeting),
      opened: dispatch.date,
      due: a.due,
      state: done ? 'done' : 'open',
      overdueDays: done ? 0 : Math.max(0, daysBetween(a.due, asOf)),
      lateDays: done ? Math.max(0, daysBetween(a.due, done.date)) : 0,
      history,
      evidence: history.flatMap((e) => e.evidence),
    };
  });
}
