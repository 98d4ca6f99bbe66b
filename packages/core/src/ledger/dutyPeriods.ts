import { parsePeriod } from '../observation/parsePeriod.js';
import { periodInterval } from '../observation/periodInterval.js';
import type { ReportingDuty } from './reportingDuty.schema.js';

/**
 * One period a reporting duty covers: its label, its last day and the day its report is due.
 *
 * @category Ledgers
 * @example
 * const p: DutyPeriod = { period: '2025-07', end: '2025-07-31', due: '2025-08-05' };
 */
export interface DutyPeriod {
  period: string;
  end: string;
  due: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The period after `period`, of the same kind. */
function next(period: string): string {
  const p = parsePeriod(period)!;
  switch (p.kind) {
    case 'month':
      return p.month === 12 ? `${p.year + 1}-01` : `${p.year}-${pad(p.month! + 1)}`;
    case 'quarter':
      return p.quarter === 4 ? `${p.year + 1}-Q1` : `${p.year}-Q${p.quarter! + 1}`;
    case 'year':
      return String(p.year + 1);
    case 'date':
      throw new TypeError(`invalid duty period: ${period} (a duty runs by month, quarter or year)`);
  }
}

/**
 * The periods of a duty that have ended by `asOf` (from `from` up to `until`), each with the date
 * its report is due: day `dueDay` of the month after the period's last month.
 *
 * @category Ledgers
 * @param duty - A duty from valid ledgers (`from` and `until` of the kind `every` names).
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns The periods, oldest first.
 * @throws TypeError when `from` is a calendar date (valid ledgers never have one).
 * @example
 * dutyPeriods({ id: 'r', what: { zh: '月报' }, units: ['gangkou'], every: 'month', dueDay: 5, from: '2025-07', submissions: [] }, '2025-09-02')
 * //=> [{ period: '2025-07', end: '2025-07-31', due: '2025-08-05' }, { period: '2025-08', end: '2025-08-31', due: '2025-09-05' }]
 */
export function dutyPeriods(duty: ReportingDuty, asOf: string): DutyPeriod[] {
  const out: DutyPeriod[] = [];
  for (let period = duty.from; duty.until === undefined || period <= duty.until; period = next(period)) {
    const end = periodInterval(period)!.end;
    if (end > asOf) break;
    const [y, m] = end.split('-').map(Number) as [number, number];
    const due = m === 12 ? `${y + 1}-01-${pad(duty.dueDay)}` : `${y}-${pad(m + 1)}-${pad(duty.dueDay)}`;
    out.push({ period, end, due });
  }
  return out;
}
