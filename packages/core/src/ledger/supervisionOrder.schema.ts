import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { LocalizedTextSchema } from '../model/localizedText.schema.js';
import { PersonSchema } from '../model/person.schema.js';
import { OrderReplySchema } from './orderReply.schema.js';

/**
 * A supervision order (督办单): its document number (`number`, e.g. 美督办〔2025〕7号), the date it
 * was issued, the units it goes to (each with the person answerable, when named), what it asks,
 * the date replies are due, the replies received, and whether it is publicly listed (挂牌督办,
 * `listed: true`; absent means not listed). Each addressee's reply is tracked apart: one unit's
 * late reply does not make another's late.
 *
 * @category Ledgers
 * @example
 * SupervisionOrderSchema.parse({ id: 'o-2025-07', number: '美督办〔2025〕7号', issued: '2025-07-01', to: [{ unit: 'gangkou' }],
 *   asks: { zh: '限期解决码头扬尘' }, replyDue: '2025-07-15', replies: [] })
 */
export const SupervisionOrderSchema = z.strictObject({
  id: IdSchema,
  number: z.string().check(z.minLength(1)),
  issued: z.iso.date(),
  to: z.array(z.strictObject({ unit: IdSchema, person: z.optional(PersonSchema) })).check(z.minLength(1)),
  asks: LocalizedTextSchema,
  replyDue: z.iso.date(),
  listed: z.optional(z.boolean()),
  replies: z.array(OrderReplySchema),
});

/**
 * A supervision order.
 *
 * @category Ledgers
 * @example
 * const order: SupervisionOrder = { id: 'o-2025-07', number: '美督办〔2025〕7号', issued: '2025-07-01', to: [{ unit: 'gangkou' }],
 *   asks: { zh: '限期解决码头扬尘' }, replyDue: '2025-07-15', listed: true, replies: [] };
 */
export type SupervisionOrder = z.infer<typeof SupervisionOrderSchema>;
