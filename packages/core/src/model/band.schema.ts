import * as z from 'zod/mini';

/**
 * A threshold band for {@link scoreBands}: values from `min` to `max` earn `points`. Each edge
 * says whether it belongs to the band; a missing edge is open (−∞ or +∞).
 *
 * @category Model
 * @example
 * BandSchema.parse({ min: 90, minInclusive: true, points: 5 })
 */
export const BandSchema = z.strictObject({
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  minInclusive: z.optional(z.boolean()),
  maxInclusive: z.optional(z.boolean()),
  points: z.number(),
});

/**
 * A threshold band.
 *
 * @category Model
 * @example
 * const band: Band = { min: 90, max: 100, points: 4 }; // Meixi eco-town coverage: 90 ≤ x < 100 earns 4
 */
export type Band = z.infer<typeof BandSchema>;
