import { describe, expect, it } from 'vitest';
import { escalate } from '../accountability/escalate.js';
import { countLedgerFlags } from './countLedgerFlags.js';
import { ledgerFlagName } from './ledgerFlagName.js';
import { ledgerFlags } from './ledgerFlags.js';
import { ledgerStateAt } from './ledgerStateAt.js';
import { ledgerStatusRecords } from './ledgerStatusRecords.js';
import { meixiLedgers } from './meixiLedgers.fixture.js';

const entries = ledgerStateAt(meixiLedgers(), '2025-12-31');

describe('ledgerFlagName', () => {
  it('names an overdue item overdue<Kind>, one done late late<Kind>, and anything else nothing', () => {
    const byId = (id: string) => ledgerFlagName(entries.find((e) => e.id === id)!);
    expect(byId('p-2025-03')).toBe('overdueProblem');
    expect(byId('p-2025-02')).toBe('lateProblem');
    expect(byId('o-2025-07/dongcheng')).toBe('lateOrder');
    expect(byId('r-monthly/qingxi/2025-11')).toBe('overdueSubmission');
    expect(byId('d-2025-05-2')).toBe('lateAssignment');
    expect(byId('p-2025-01')).toBeNull();
  });
});

describe('ledgerFlags', () => {
  it("turns the example city's 2025 into one flag per counted item, traced to it", () => {
    expect(ledgerFlags(entries, '2025').map((f) => [f.unit, f.flag, f.source])).toEqual([
      ['dongcheng', 'overdueProblem', 'p-2025-03'],
      ['dongcheng', 'overdueOrder', 'o-2025-11/dongcheng'],
      ['qingxi', 'overdueSubmission', 'r-monthly/qingxi/2025-11'],
      ['qingxi', 'lateProblem', 'p-2025-02'],
      ['dongcheng', 'lateOrder', 'o-2025-07/dongcheng'],
      ['qingxi', 'lateAssignment', 'd-2025-05-2'],
      ['qingxi', 'lateSubmission', 'r-monthly/qingxi/2025-08'],
      ['qingxi', 'lateSubmission', 'r-monthly/qingxi/2025-10'],
    ]);
    expect(ledgerFlags(entries, '2025')[0]).toMatchObject({
      period: '2025',
      note: { zh: '城区 5 条黑臭水体整治滞后' },
    });
  });

  it('leaves out items done late in another period, but keeps an item still overdue', () => {
    expect(ledgerFlags(entries, '2026').map((f) => f.source)).toEqual([
      'p-2025-03',
      'o-2025-11/dongcheng',
      'r-monthly/qingxi/2025-11',
    ]);
  });
});

describe('countLedgerFlags', () => {
  it('counts per unit and flag, capping the flags the caps name', () => {
    const flags = ledgerFlags(entries, '2025');
    expect(countLedgerFlags(flags)).toEqual({
      dongcheng: { lateOrder: 1, overdueOrder: 1, overdueProblem: 1 },
      qingxi: { lateAssignment: 1, lateProblem: 1, lateSubmission: 2, overdueSubmission: 1 },
    });
    expect(countLedgerFlags(flags, { lateSubmission: 1 }).qingxi?.lateSubmission).toBe(1);
    expect(countLedgerFlags(flags, { lateSubmission: 0 }).qingxi?.lateSubmission).toBe(0);
  });
});

describe('ledgerStatusRecords', () => {
  it('feeds the overdue items to the escalation ladder like late measures', () => {
    const ladder = [
      { action: 'reminder' as const, when: { status: 'overdue' as const } },
      { action: 'interview' as const, when: { status: 'overdue' as const, overdueDays: 30 } },
      { action: 'accountability' as const, when: { status: 'overdue' as const, overdueDays: 60 } },
    ];
    const records = ledgerStatusRecords(entries, '2025-12-31');
    expect(records).toEqual([
      { measure: 'p-2025-03', date: '2025-12-31', status: 'overdue', overdueDays: 61, unit: 'dongcheng' },
      { measure: 'o-2025-11/dongcheng', date: '2025-12-31', status: 'overdue', overdueDays: 31, unit: 'dongcheng' },
      { measure: 'r-monthly/qingxi/2025-11', date: '2025-12-31', status: 'overdue', overdueDays: 26, unit: 'qingxi' },
    ]);
    expect(escalate(records, ladder, '2025-12-31').map((e) => [e.measure, e.action])).toEqual([
      ['o-2025-11/dongcheng', 'interview'],
      ['p-2025-03', 'accountability'],
      ['r-monthly/qingxi/2025-11', 'reminder'],
    ]);
  });
});
