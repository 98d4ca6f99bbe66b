import * as z from 'zod/mini';

/**
 * What to do with a missing value (per indicator or area, or the scheme's default):
 * `exclude` it and renormalise the other weights; give it a `floor` score with its weight kept,
 * a score on the indicator's own scale that validation refuses outside that scale and above its
 * lowest score unless `aboveMinimum: true` declares that a gap may outscore a reported value
 * (China's Green Development Index scores a missing indicator 60, the bottom of its 60–100
 * efficacy scale: `floor` 60 is accepted there, and refused on a 0–100 scale); score it `zero`
 * (数据未报送 scores nothing; on a scale with negative scores, such as z-scores, it too needs
 * `aboveMinimum`); use the
 * `peerMean` of units sharing a tag group (`tag: 'region'` groups `region:*` tags, as the SDG
 * Index imputes by region); `carryForward` the last earlier observation; make it an `error`; or
 * `propagate` it, as index-core (the EIU's library) does: on an area, the area has no score when
 * any of its children (indicator or sub-area) has none, and the scheme's `propagate` carries that
 * up to the total; on an indicator, a missing value has no score (as with `exclude`), and what
 * that does to its area is the area's policy.
 *
 * @category Model
 * @example
 * MissingPolicySchema.parse({ policy: 'floor', value: 0 })
 * MissingPolicySchema.parse({ policy: 'floor', value: 60, aboveMinimum: true }) // 60 on a 0–100 scale, declared
 * MissingPolicySchema.parse({ policy: 'propagate' }) // on an area: missing when any child is
 */
export const MissingPolicySchema = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('exclude') }),
  z.strictObject({ policy: z.literal('floor'), value: z.number(), aboveMinimum: z.optional(z.literal(true)) }),
  z.strictObject({ policy: z.literal('zero'), aboveMinimum: z.optional(z.literal(true)) }),
  z.strictObject({ policy: z.literal('peerMean'), tag: z.optional(z.string().check(z.minLength(1))) }),
  z.strictObject({ policy: z.literal('carryForward') }),
  z.strictObject({ policy: z.literal('error') }),
  z.strictObject({ policy: z.literal('propagate') }),
]);

/**
 * A missing-data policy.
 *
 * @category Model
 * @example
 * const policy: MissingPolicy = { policy: 'zero' }; // Meixi's default (framework.scheme.missing): 数据未报送 scores nothing
 */
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;
