import * as z from 'zod/mini';

/**
 * How an area combines its children's 0–100 scores: weighted sum of points, weighted
 * arithmetic, geometric or harmonic mean, or the generalised (power) mean with exponent `p`.
 *
 * @category Model
 * @example
 * AggregationMethodSchema.parse({ method: 'geometricMean' })
 */
export const AggregationMethodSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('weightedSum') }),
  z.strictObject({ method: z.literal('weightedMean') }),
  z.strictObject({ method: z.literal('geometricMean') }),
  z.strictObject({ method: z.literal('harmonicMean') }),
  z.strictObject({ method: z.literal('generalizedMean'), p: z.number() }),
]);

/**
 * An aggregation method.
 *
 * @category Model
 * @example
 * const mean: AggregationMethod = { method: 'weightedMean' }; // Meixi's areas (the default)
 * const power: AggregationMethod = { method: 'generalizedMean', p: 0.5 };
 */
export type AggregationMethod = z.infer<typeof AggregationMethodSchema>;
