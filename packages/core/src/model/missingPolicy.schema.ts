import * as z from 'zod/mini';

/**
 * What to do with a missing value (per indicator or area, or the scheme's default):
 * `exclude` it and renormalise the other weights; give it a `floor` score with its weight kept
 * (China's annual evaluation scores a missing indicator 60); score it `zero`; use the
 * `peerMean` of units sharing a tag group (`tag: 'region'` groups `region:*` tags, as the SDG
 * Index imputes by region); `carryForward` the last earlier observation; or make it an `error`.
 *
 * @category Model
 * @example
 * MissingPolicySchema.parse({ policy: 'floor', value: 60 })
 */
export const MissingPolicySchema = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('exclude') }),
  z.strictObject({ policy: z.literal('floor'), value: z.number() }),
  z.strictObject({ policy: z.literal('zero') }),
  z.strictObject({ policy: z.literal('peerMean'), tag: z.optional(z.string().check(z.minLength(1))) }),
  z.strictObject({ policy: z.literal('carryForward') }),
  z.strictObject({ policy: z.literal('error') }),
]);

/**
 * A missing-data policy.
 *
 * @category Model
 * @example
 * const policy: MissingPolicy = { policy: 'floor', value: 60 }; // Meixi's default (framework.scheme.missing)
 */
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;
