import * as z from 'zod/mini';

/**
 * A red-line survey tolerance: the largest loss of area (km²) and of the function index that is
 * read as measurement noise rather than a breach. Declared per zone (`tolerance`) or for every
 * zone of a framework (`redLineTolerance`); a zone's own wins. Without one, any loss is a breach.
 *
 * @category Model
 * @example
 * RedLineToleranceSchema.parse({ area: 0.01, functionIndex: 0.005 })
 */
export const RedLineToleranceSchema = z.strictObject({
  area: z.optional(z.number().check(z.nonnegative())),
  functionIndex: z.optional(z.number().check(z.nonnegative())),
});

/**
 * A red-line survey tolerance ({@link RedLineToleranceSchema}).
 *
 * @category Model
 * @example
 * const tolerance: RedLineTolerance = { area: 0.01 }; // 0.01 km², the survey's precision
 */
export type RedLineTolerance = z.infer<typeof RedLineToleranceSchema>;
