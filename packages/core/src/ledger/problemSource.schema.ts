import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';

/**
 * Where a problem comes from: a red-line monitoring finding (the zone and the period checked,
 * see `problemsFromRedLines`), or a document: central or provincial inspection feedback
 * (中央/省生态环境保护督察反馈问题), a complaint (信访投诉), an audit finding (审计发现问题) or the
 * city's own inspection (市级督查), with the document's number or title in `document`.
 *
 * @category Ledgers
 * @example
 * ProblemSourceSchema.parse({ kind: 'provincialInspection', document: '省第三生态环境保护督察组反馈意见（2025）' })
 * ProblemSourceSchema.parse({ kind: 'redLine', zone: 'nanshan-forest', period: '2025' })
 */
export const ProblemSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('redLine'), zone: IdSchema, period: PeriodSchema }),
  z.strictObject({
    kind: z.enum(['centralInspection', 'provincialInspection', 'complaint', 'audit', 'cityInspection']),
    document: z.string().check(z.minLength(1)),
  }),
]);

/**
 * A problem's source.
 *
 * @category Ledgers
 * @example
 * const source: ProblemSource = { kind: 'complaint', document: '12345 热线 2025-0412' };
 */
export type ProblemSource = z.infer<typeof ProblemSourceSchema>;
