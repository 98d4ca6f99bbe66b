import { describe, expect, it } from 'vitest';
import type { ReportingDuty } from './reportingDuty.schema.js';
import { dutyPeriods } from './dutyPeriods.js';
import { dutyStateAt } from './dutyStateAt.js';

const duty = (over: Partial<ReportingDuty>): ReportingDuty => ({
  id: 'r',
  what: { zh: '月报', en: 'Monthly report' },
  units: ['gangkou'],
  every: 'month',
  dueDay: 5,
  from: '2025-11',
  submissions: [],
  ...over,
});

describe('dutyPeriods', () => {
  it('lists the ended periods with their due day in the month after, across the year end', () => {
    expect(dutyPeriods(duty({}), '2026-02-10')).toEqual([
      { period: '2025-11', end: '2025-11-30', due: '2025-12-05' },
      { period: '2025-12', end: '2025-12-31', due: '2026-01-05' },
      { period: '2026-01', end: '2026-01-31', due: '2026-02-05' },
    ]);
  });

  it('runs by quarter and by year, and stops at until', () => {
    expect(
      dutyPeriods(duty({ every: 'quarter', from: '2025-Q3', dueDay: 10 }), '2026-01-01').map((p) => p.due),
    ).toEqual(['2025-10-10', '2026-01-10']);
    expect(dutyPeriods(duty({ every: 'year', from: '2024', until: '2024', dueDay: 20 }), '2030-01-01')).toEqual([
      { period: '2024', end: '2024-12-31', due: '2025-01-20' },
    ]);
  });
});

describe('dutyStateAt', () => {
  it('counts a report awaited before its due date, missing and overdue after it, and late when it comes after', () => {
    const d = duty({ submissions: [{ unit: 'gangkou', period: '2025-11', date: '2025-12-08' }] });
    expect(dutyStateAt(d, '2025-12-05').map((e) => [e.id, e.state, e.overdueDays, e.lateDays])).toEqual([
      ['r/gangkou/2025-11', 'open', 0, 0],
    ]);
    expect(dutyStateAt(d, '2025-12-07').map((e) => [e.state, e.overdueDays])).toEqual([['open', 2]]);
    expect(dutyStateAt(d, '2025-12-08').map((e) => [e.state, e.overdueDays, e.lateDays])).toEqual([['done', 0, 3]]);
    expect(dutyStateAt(d, '2025-12-08')[0]!.title).toEqual({ zh: '月报（2025-11）', en: 'Monthly report (2025-11)' });
  });
});
