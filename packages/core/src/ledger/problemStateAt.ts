import { daysBetween } from '../_lib/daysBetween.js';
import { localized } from '../scoring/_engine/localized.js';
import type { LedgerEntry, LedgerEvent } from './ledgerEntry.js';
import type { Problem } from './problem.schema.js';
import { problemLifecycle } from './problemLifecycle.js';
import type { ProblemState } from './problemState.schema.js';

/**
 * A problem as it stands at `asOf`: its history up to that date replayed through
 * `problemLifecycle`. Open or returned past its deadline, it is overdue by the days since; applied,
 * verified or closed, it is late by the days its latest application came after the deadline. The
 * problem must be valid (`parseLedgers`): a history the table refuses is not replayed here.
 *
 * @category Ledgers
 * @param problem - A problem from valid ledgers.
 * @param asOf - The date, `YYYY-MM-DD`; events after it are left out.
 * @returns The entry, or `null` when the problem was opened after `asOf`.
 * @example
 * problemStateAt({ id: 'p1', source: { kind: 'complaint', document: '12345-0412' }, unit: 'gangkou', found: { zh: '码头扬尘' },
 *   opened: '2025-04-12', deadline: '2025-06-30', checker: 'eeb', history: [] }, '2025-07-10')
 * //=> { kind: 'problem', id: 'p1', state: 'open', overdueDays: 10, lateDays: 0, … }
 */
export function problemStateAt(problem: Problem, asOf: string): LedgerEntry | null {
  if (problem.opened > asOf) return null;
  let state: ProblemState = 'open';
  let applied: string | null = null;
  const history: LedgerEvent[] = [{ date: problem.opened, action: 'open', unit: problem.unit, evidence: [] }];
  for (const t of problem.history) {
    if (t.date > asOf) break;
    state = problemLifecycle[t.action].to;
    if (t.action === 'apply') applied = t.date;
    history.push({
      date: t.date,
      action: t.action,
      unit: t.by.unit,
      role: t.by.role,
      ...(t.by.person ? { person: t.by.person } : {}),
      ...(t.note ? { note: localized(t.note) } : {}),
      evidence: t.evidence ?? [],
    });
  }
  const outstanding = state === 'open' || state === 'returned';
  const source = problem.source;
  return {
    kind: 'problem',
    id: problem.id,
    source: source.kind,
    document: source.kind === 'redLine' ? `${source.zone} ${source.period}` : source.document,
    unit: problem.unit,
    ...(problem.person ? { person: localized(problem.person.name ?? problem.person.position) } : {}),
    title: localized(problem.found),
    ...(problem.measures ? { detail: localized(problem.measures) } : {}),
    opened: problem.opened,
    due: problem.deadline,
    state,
    overdueDays: outstanding ? Math.max(0, daysBetween(problem.deadline, asOf)) : 0,
    lateDays: !outstanding && applied !== null ? Math.max(0, daysBetween(problem.deadline, applied)) : 0,
    history,
    evidence: history.flatMap((e) => e.evidence),
  };
}
