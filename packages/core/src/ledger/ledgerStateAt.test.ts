import { describe, expect, it } from 'vitest';
import { ledgerStateAt } from './ledgerStateAt.js';
import { meixiLedgers } from './meixiLedgers.fixture.js';

const brief = (asOf: string) =>
  ledgerStateAt(meixiLedgers(), asOf).map((e) => [e.id, e.state, e.overdueDays, e.lateDays]);

describe('ledgerStateAt', () => {
  it("puts the example city's overdue items first, most days first, then the outstanding, then the finished", () => {
    const entries = brief('2025-12-31');
    expect(entries.slice(0, 4)).toEqual([
      ['p-2025-03', 'open', 61, 0],
      ['o-2025-11/dongcheng', 'open', 31, 0],
      ['r-monthly/qingxi/2025-11', 'open', 26, 0],
      ['p-2025-02', 'applied', 0, 51],
    ]);
    expect(entries.filter((e) => e[2] === 0 && (e[1] === 'open' || e[1] === 'applied')).map((e) => e[0])).toEqual([
      'p-2025-02',
      'd-2025-05-4',
      'r-monthly/dongcheng/2025-12',
      'r-monthly/gangkou/2025-12',
      'r-monthly/qingxi/2025-12',
      'p-2025-04',
    ]);
    expect(entries).toContainEqual(['p-2025-01', 'closed', 0, 0]);
    expect(entries).toContainEqual(['redline-nanshan-forest-2025', 'closed', 0, 0]);
    expect(entries).toContainEqual(['o-2025-07/dongcheng', 'done', 0, 13]);
    expect(entries).toContainEqual(['r-monthly/qingxi/2025-08', 'done', 0, 4]);
    expect(entries).toContainEqual(['d-2025-05-2', 'done', 0, 10]);
    expect(entries).toHaveLength(5 + 3 + 4 + 18);
  });

  it('sees nothing after the date: the returned application stands returned, and overdue days count to that date', () => {
    const entries = brief('2025-10-20');
    expect(entries).toContainEqual(['p-2025-02', 'returned', 20, 0]);
    expect(entries.find((e) => e[0] === 'p-2025-04')).toBeUndefined();
    expect(entries.find((e) => e[0] === 'o-2025-11/dongcheng')).toBeUndefined();
    expect(entries.filter((e) => String(e[0]).startsWith('r-monthly/')).length).toBe(9);
  });

  it("keeps each entry's history and all its evidence, dated and attributed", () => {
    const p = ledgerStateAt(meixiLedgers(), '2025-12-31').find((e) => e.id === 'p-2025-02')!;
    expect(p.history.map((h) => [h.date, h.action, h.unit, h.role ?? null])).toEqual([
      ['2025-04-25', 'open', 'qingxi', null],
      ['2025-09-25', 'apply', 'qingxi', 'responsible'],
      ['2025-10-10', 'return', 'eeb', 'checker'],
      ['2025-11-20', 'apply', 'qingxi', 'responsible'],
    ]);
    expect(p.history[2]!.note?.zh).toMatch(/退回继续整改$/);
    expect(p.evidence.map((e) => e.ref)).toEqual([
      'evidence/qingxi-tailwater-2025-09.md',
      'evidence/qingxi-tailwater-2025-11.md',
    ]);
    expect(p.lateDays).toBe(51);
    expect(p).toMatchObject({ kind: 'problem', source: 'provincialInspection', unit: 'qingxi', due: '2025-09-30' });
  });

  it('marks a listed order and names the source of every entry', () => {
    const entries = ledgerStateAt(meixiLedgers(), '2025-12-31');
    expect(entries.find((e) => e.id === 'o-2025-11/dongcheng')).toMatchObject({
      listed: true,
      document: '美督办〔2025〕11号',
    });
    expect([...new Set(entries.map((e) => e.source))].sort()).toEqual([
      'complaint',
      'dispatch',
      'duty',
      'order',
      'provincialInspection',
      'redLine',
    ]);
  });

  it('does not mutate the ledgers and gives the same answer for the same input', () => {
    const l = meixiLedgers();
    const before = JSON.stringify(l);
    const a = ledgerStateAt(l, '2025-12-31');
    expect(JSON.stringify(l)).toBe(before);
    expect(ledgerStateAt(l, '2025-12-31')).toEqual(a);
  });
});
