import type { ObservationSheet } from '../../observation/readObservationsSheet.js';
import { OrderReplySchema } from '../orderReply.schema.js';
import { type SupervisionOrder, SupervisionOrderSchema } from '../supervisionOrder.schema.js';
import { ledgerCsvLayouts } from './ledgerCsvLayouts.js';
import { localizedCells } from './localizedCells.js';
import { type ColumnOf, type LedgerLog, readLedgerLog } from './readLedgerLog.js';

const issueColumns: ColumnOf = {
  id: 'order',
  number: 'number',
  issued: 'date',
  to: 'to',
  asks: 'asks_zh',
  replyDue: 'reply_due',
  listed: 'listed',
  replies: 'order',
};
const replyColumns: ColumnOf = { unit: 'unit', date: 'date', text: 'text_zh', evidence: 'evidence' };

/** The order ledger's rows read into supervision orders (see `readLedgersCsv`), with the log that locates issues found on them later. */
export function readOrderRows(input: string | ObservationSheet): { items: SupervisionOrder[]; log: LedgerLog } {
  const log = readLedgerLog(input, ledgerCsvLayouts.orders);
  const orders: SupervisionOrder[] = [];
  const index = new Map<string, number>();
  const issued = new Map<string, string>();
  for (const row of log.rows) {
    const cell = row.cell;
    if (row.action === 'issue') {
      const first = issued.get(row.id);
      if (first !== undefined) {
        row.fail(
          'order',
          'duplicate_id',
          `the order "${row.id}" is issued twice (first at ${first})`,
          `督办单“${row.id}”重复下发（首次在 ${first}）`,
        );
        continue;
      }
      issued.set(row.id, row.at.en);
      const listed = cell('listed');
      if (listed !== '' && listed !== 'true' && listed !== 'false') {
        row.fail('listed', 'invalid_cell', `"${listed}" is not true or false`, `“${listed}”不是 true 或 false`);
        continue;
      }
      const o = row.parse(
        SupervisionOrderSchema,
        {
          id: row.id,
          number: cell('number'),
          issued: cell('date'),
          to: row.ids('to').map((unit) => ({ unit })),
          asks: localizedCells(cell('asks_zh'), cell('asks_en')) ?? {},
          replyDue: cell('reply_due'),
          ...(listed === '' ? {} : { listed: listed === 'true' }),
          replies: [],
        },
        issueColumns,
      );
      if (o) {
        row.place([orders.length], issueColumns);
        index.set(row.id, orders.length);
        orders.push(o);
      }
      continue;
    }
    const evidence = row.evidence();
    const reply = row.parse(
      OrderReplySchema,
      {
        unit: cell('unit'),
        date: cell('date'),
        text: localizedCells(cell('text_zh'), cell('text_en')) ?? {},
        ...(evidence.length > 0 ? { evidence } : {}),
      },
      replyColumns,
    );
    if (!issued.has(row.id))
      row.fail(
        'order',
        'unknown_reference',
        `"${row.id}" has no "issue" row above this one`,
        `督办单“${row.id}”在此行之前没有下发（issue）行`,
      );
    const k = index.get(row.id);
    if (k !== undefined && reply) {
      row.place([k, 'replies', orders[k]!.replies.length], replyColumns);
      orders[k]!.replies.push(reply);
    }
  }
  return { items: orders, log };
}
