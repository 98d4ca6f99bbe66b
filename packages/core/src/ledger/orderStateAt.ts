import { daysBetween } from '../_lib/daysBetween.js';
import { localized } from '../scoring/_engine/localized.js';
import type { LedgerEntry, LedgerEvent } from './ledgerEntry.js';
import type { SupervisionOrder } from './supervisionOrder.schema.js';

/**
 * A supervision order at `asOf`, one entry per addressee: `done` once the unit has replied (late by
 * the days after the reply due date), else `open`, overdue by the days since the due date.
 *
 * @category Ledgers
 * @param order - An order from valid ledgers.
 * @param asOf - The date, `YYYY-MM-DD`; replies after it are not yet received.
 * @returns One entry per addressee, in the order's order; none when it was issued after `asOf`.
 * @example
 * orderStateAt({ id: 'o7', number: '美督办〔2025〕7号', issued: '2025-07-01', to: [{ unit: 'gangkou' }], asks: { zh: '整改扬尘' },
 *   replyDue: '2025-07-15', replies: [{ unit: 'gangkou', date: '2025-07-20', text: { zh: '已整改' } }] }, '2025-08-01')[0]
 * //=> { kind: 'order', id: 'o7/gangkou', state: 'done', overdueDays: 0, lateDays: 5, … }
 */
export function orderStateAt(order: SupervisionOrder, asOf: string): LedgerEntry[] {
  if (order.issued > asOf) return [];
  return order.to.map(({ unit, person }) => {
    const reply = order.replies.find((r) => r.unit === unit && r.date <= asOf);
    const history: LedgerEvent[] = [{ date: order.issued, action: 'open', unit, evidence: [] }];
    if (reply) {
      history.push({
        date: reply.date,
        action: 'reply',
        unit,
        note: localized(reply.text),
        evidence: reply.evidence ?? [],
      });
    }
    return {
      kind: 'order',
      id: `${order.id}/${unit}`,
      source: 'order',
      document: order.number,
      unit,
      ...(person ? { person: localized(person.name ?? person.position) } : {}),
      title: localized(order.asks),
      opened: order.issued,
      due: order.replyDue,
      state: reply ? 'done' : 'open',
      overdueDays: reply ? 0 : Math.max(0, daysBetween(order.replyDue, asOf)),
      lateDays: reply ? Math.max(0, daysBetween(order.replyDue, reply.date)) : 0,
      ...(order.listed ? { listed: true } : {}),
      history,
      evidence: history.flatMap((e) => e.evidence),
    };
  });
}
