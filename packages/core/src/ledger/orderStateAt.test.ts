import { describe, expect, it } from 'vitest';
import type { SupervisionOrder } from './supervisionOrder.schema.js';
import { orderStateAt } from './orderStateAt.js';
import { assignmentStateAt } from './assignmentStateAt.js';

const order: SupervisionOrder = {
  id: 'o7',
  number: '美督办〔2025〕7号',
  issued: '2025-07-01',
  to: [{ unit: 'gangkou' }, { unit: 'dongcheng' }],
  asks: { zh: '报告进展' },
  replyDue: '2025-07-15',
  replies: [{ unit: 'dongcheng', date: '2025-07-28', text: { zh: '已编制方案' } }],
};

describe('orderStateAt', () => {
  it("tracks each addressee's reply apart: one late reply does not make another's late", () => {
    expect(orderStateAt(order, '2025-07-20').map((e) => [e.id, e.state, e.overdueDays, e.lateDays])).toEqual([
      ['o7/gangkou', 'open', 5, 0],
      ['o7/dongcheng', 'open', 5, 0],
    ]);
    expect(orderStateAt(order, '2025-07-30').map((e) => [e.id, e.state, e.overdueDays, e.lateDays])).toEqual([
      ['o7/gangkou', 'open', 15, 0],
      ['o7/dongcheng', 'done', 0, 13],
    ]);
  });

  it('has no entries before the order is issued, and no listing unless listed', () => {
    expect(orderStateAt(order, '2025-06-30')).toEqual([]);
    expect(orderStateAt(order, '2025-07-01')[0]!.listed).toBeUndefined();
    expect(orderStateAt({ ...order, listed: true }, '2025-07-01')[0]!.listed).toBe(true);
  });
});

describe('assignmentStateAt', () => {
  it('treats an assigned item like a task: open, overdue after its due date, done (late if after it)', () => {
    const d = {
      id: 'd5',
      meeting: { zh: '调度会' },
      date: '2025-05-20',
      attendees: ['gangkou'],
      decisions: [],
      assignments: [
        { id: 'd5-1', task: { zh: '方案' }, unit: 'gangkou', due: '2025-06-30', done: { date: '2025-07-02' } },
      ],
    };
    expect(assignmentStateAt(d, '2025-05-19')).toEqual([]);
    expect(assignmentStateAt(d, '2025-07-01').map((e) => [e.state, e.overdueDays, e.lateDays])).toEqual([
      ['open', 1, 0],
    ]);
    expect(assignmentStateAt(d, '2025-07-02').map((e) => [e.state, e.overdueDays, e.lateDays])).toEqual([
      ['done', 0, 2],
    ]);
  });
});
