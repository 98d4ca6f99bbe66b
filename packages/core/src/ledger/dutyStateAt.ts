import { daysBetween } from '../_lib/daysBetween.js';
import { localized } from '../scoring/_engine/localized.js';
import { dutyPeriods } from './dutyPeriods.js';
import type { LedgerEntry, LedgerEvent } from './ledgerEntry.js';
import type { ReportingDuty } from './reportingDuty.schema.js';

/**
 * A reporting duty at `asOf`: one entry per unit and ended period, `done` once submitted (late by
 * the days after the due date), else `open`: awaited until its due date, then missing and overdue
 * by the days since.
 *
 * @category Ledgers
 * @param duty - A duty from valid ledgers.
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns The entries, by period then by the duty's order of units.
 * @example
 * dutyStateAt({ id: 'r', what: { zh: '月报' }, units: ['gangkou'], every: 'month', dueDay: 5, from: '2025-07',
 *   submissions: [{ unit: 'gangkou', period: '2025-07', date: '2025-08-07' }] }, '2025-08-10').map((e) => [e.id, e.state, e.lateDays])
 * //=> [['r/gangkou/2025-07', 'done', 2]]
 */
export function dutyStateAt(duty: ReportingDuty, asOf: string): LedgerEntry[] {
  return dutyPeriods(duty, asOf).flatMap(({ period, end, due }) =>
    duty.units.map((unit): LedgerEntry => {
      const s = duty.submissions.find((x) => x.unit === unit && x.period === period && x.date <= asOf);
      const history: LedgerEvent[] = [{ date: end, action: 'open', unit, evidence: [] }];
      if (s) history.push({ date: s.date, action: 'submit', unit, evidence: s.evidence ?? [] });
      const what = localized(duty.what);
      return {
        kind: 'submission',
        id: `${duty.id}/${unit}/${period}`,
        source: 'duty',
        document: duty.id,
        unit,
        title: { zh: `${what.zh}（${period}）`, en: `${what.en} (${period})` },
        opened: end,
        due,
        state: s ? 'done' : 'open',
        overdueDays: s ? 0 : Math.max(0, daysBetween(due, asOf)),
        lateDays: s ? Math.max(0, daysBetween(due, s.date)) : 0,
        history,
        evidence: history.flatMap((e) => e.evidence),
      };
    }),
  );
}
