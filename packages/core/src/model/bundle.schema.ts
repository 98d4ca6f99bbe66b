import * as z from 'zod/mini';
import { FrameworkSchema } from './framework.schema.js';
import { ProgressReportSchema } from './progressReport.schema.js';
import { UnitFlagSchema } from './unitFlag.schema.js';
import { ObservationSchema } from '../observation/observation.schema.js';
import { LedgersSchema } from '../ledger/ledgers.schema.js';

/**
 * One JSON document a portal can publish: the framework, its observations and progress reports,
 * and optionally the units' flags that the scheme's rules test (incidents, honours, complaints)
 * and the supervision ledgers (problems, orders, dispatch meetings, reporting duties). The
 * widgets' `src` accepts it.
 *
 * @category Model
 * @example
 * BundleSchema.safeParse({ framework, observations: [], reports: [] }).success //=> true
 */
export const BundleSchema = z.strictObject({
  framework: FrameworkSchema,
  observations: z.array(ObservationSchema),
  reports: z.array(ProgressReportSchema),
  flags: z.optional(z.array(UnitFlagSchema)),
  ledgers: z.optional(LedgersSchema),
});

/**
 * A framework bundle.
 *
 * @category Model
 * @example
 * const bundle: Bundle = { framework, observations, reports }; // Meixi's bundle.json: 720 observations, 37 reports
 * parseBundle(bundle).ok //=> true
 */
export interface Bundle extends z.infer<typeof BundleSchema> {}
