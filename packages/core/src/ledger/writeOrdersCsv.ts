import type { SupervisionOrder } from './supervisionOrder.schema.js';
import { ledgerCsvLayouts } from './_lib/ledgerCsvLayouts.js';
import { writeEvidenceCell } from './_lib/writeEvidenceCell.js';
import { writeLedgerLog } from './_lib/writeLedgerLog.js';

/**
 * Writes the supervision orders (督办单) as CSV, one row per event: the order's `issue` row (its
 * number, issue date in `date`, the units it goes to in `to` separated by `;`, `listed` *true* for
 * 挂牌督办, what it asks, `reply_due`), then one `reply` row per reply (the unit, date, text and
 * evidence as `sha256sum` lines). Columns: `order,action,date,number,to,listed,asks_zh,asks_en,
 * reply_due,unit,text_zh,text_en,evidence`. The persons an order names and evidence titles are not
 * carried (keep them in the JSON ledgers when needed). `readLedgersCsv` reads it back.
 *
 * @category Ledgers
 * @param orders - The orders.
 * @returns The CSV text, ending with a newline.
 * @example
 * writeOrdersCsv(ledgers.orders).split('\n')[1]
 * //=> 'o-2025-07,issue,2025-07-01,美督办〔2025〕7号,gangkou;dongcheng,,报告黑臭水体整治进展及下一步计划,Report progress on black and odorous water bodies and the next steps,2025-07-15,,,,' (Meixi)
 */
export function writeOrdersCsv(orders: ReadonlyArray<SupervisionOrder>): string {
  const rows: Array<Record<string, string | undefined>> = [];
  for (const o of orders) {
    rows.push({
      order: o.id,
      action: 'issue',
      date: o.issued,
      number: o.number,
      to: o.to.map((t) => t.unit).join(';'),
      listed: o.listed === undefined ? undefined : String(o.listed),
      asks_zh: o.asks.zh,
      asks_en: o.asks.en,
      reply_due: o.replyDue,
    });
    for (const r of o.replies)
      rows.push({
        order: o.id,
        action: 'reply',
        date: r.date,
        unit: r.unit,
        text_zh: r.text.zh,
        text_en: r.text.en,
        evidence: writeEvidenceCell(r.evidence),
      });
  }
  return writeLedgerLog(ledgerCsvLayouts.orders.columns, rows);
}
