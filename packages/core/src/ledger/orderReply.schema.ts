import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { LocalizedTextSchema } from '../model/localizedText.schema.js';
import { EvidenceSchema } from './evidence.schema.js';

/**
 * One addressee's reply to a supervision order (督办回复): the unit, the date, what it says and
 * its evidence.
 *
 * @category Ledgers
 * @example
 * OrderReplySchema.parse({ unit: 'gangkou', date: '2025-07-18', text: { zh: '已完成码头喷淋改造' } })
 */
export const OrderReplySchema = z.strictObject({
  unit: IdSchema,
  date: z.iso.date(),
  text: LocalizedTextSchema,
  evidence: z.optional(z.array(EvidenceSchema)),
});

/**
 * A reply to an order.
 *
 * @category Ledgers
 * @example
 * const reply: OrderReply = { unit: 'gangkou', date: '2025-07-18', text: { zh: '已完成码头喷淋改造' } };
 */
export type OrderReply = z.infer<typeof OrderReplySchema>;
