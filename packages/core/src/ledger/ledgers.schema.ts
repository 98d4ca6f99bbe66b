import * as z from 'zod/mini';
import { IdSchema } from '../model/id.schema.js';
import { ProblemSchema } from './problem.schema.js';
import { SupervisionOrderSchema } from './supervisionOrder.schema.js';
import { DispatchRecordSchema } from './dispatchRecord.schema.js';
import { ReportingDutySchema } from './reportingDuty.schema.js';

/**
 * A city's supervision ledgers (台账), one document: the supervision office (`office`, the unit
 * that closes and returns problems), the problems (问题台账), the supervision orders (督办单), the
 * dispatch meetings (调度) and the reporting duties (信息报送). Each list may be empty.
 *
 * @category Ledgers
 * @example
 * LedgersSchema.parse({ office: 'gov', problems: [], orders: [], dispatches: [], duties: [] })
 */
export const LedgersSchema = z.strictObject({
  office: IdSchema,
  problems: z.array(ProblemSchema),
  orders: z.array(SupervisionOrderSchema),
  dispatches: z.array(DispatchRecordSchema),
  duties: z.array(ReportingDutySchema),
});

/**
 * A city's ledgers.
 *
 * @category Ledgers
 * @example
 * const ledgers: Ledgers = { office: 'meixi', problems: [], orders: [], dispatches: [], duties: [] };
 */
export type Ledgers = z.infer<typeof LedgersSchema>;
