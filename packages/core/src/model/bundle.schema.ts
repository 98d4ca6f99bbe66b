import * as z from 'zod/mini';
import { FrameworkSchema } from './framework.schema.js';
import { ProgressReportSchema } from './progressReport.schema.js';
import { ObservationSchema } from '../observation/observation.schema.js';

/**
 * One JSON document a portal can publish: the framework, its observations and progress reports.
 * The CLI and the widgets' `src` accept it.
 *
 * @category Model
 * @example
 * BundleSchema.safeParse({ framework, observations: [], reports: [] }).success //=> true
 */
export const BundleSchema = z.strictObject({
  framework: FrameworkSchema,
  observations: z.array(ObservationSchema),
  reports: z.array(ProgressReportSchema),
});

/**
 * A framework bundle.
 *
 * @category Model
 * @example
 * const bundle: Bundle = { framework, observations, reports }; // Meixi's bundle.json: 720 observations, 37 reports
 * parseBundle(bundle).ok //=> true
 */
export type Bundle = z.infer<typeof BundleSchema>;
