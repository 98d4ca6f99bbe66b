import * as z from 'zod/mini';
import { BandSchema } from './band.schema.js';

/**
 * How an indicator's value becomes a 0–100 score, one variant per published method. Baselines
 * and targets come from the indicator itself.
 *
 * @category Model
 * @example
 * ScoringMethodSchema.parse({ method: 'goalposts', lower: 72.6, upper: 0 })
 */
export const ScoringMethodSchema = z.discriminatedUnion('method', [
  z
    .strictObject({
      method: z.literal('goalposts'),
      lower: z.number(),
      upper: z.number(),
      clamp: z.optional(z.boolean()),
    })
    .check(
      // Equal goalposts leave nothing to scale by (x − lower)/(upper − lower): refused here, with a path,
      // rather than at scoring time.
      z.refine((m) => m.lower !== m.upper, {
        message: 'the goalposts lower and upper must differ',
        params: { zh: '目标区间的下限（lower）和上限（upper）不能相等' },
        path: ['upper'],
      }),
    ),
  z.strictObject({ method: z.literal('minMax') }),
  z.strictObject({ method: z.literal('distanceToTarget'), cap: z.optional(z.boolean()) }),
  z.strictObject({ method: z.literal('efficacy') }),
  z.strictObject({ method: z.literal('zScore') }),
  z.strictObject({ method: z.literal('rank') }),
  z.strictObject({ method: z.literal('percentRank') }),
  z.strictObject({ method: z.literal('borda') }),
  z.strictObject({ method: z.literal('bands'), bands: z.array(BandSchema).check(z.minLength(1)) }),
  z.strictObject({ method: z.literal('boolean'), points: z.number().check(z.positive()) }),
  z.strictObject({
    method: z.literal('deduction'),
    full: z.number().check(z.positive()),
    ratePerUnit: z.number().check(z.nonnegative()),
  }),
  z.strictObject({ method: z.literal('allOrNothing') }),
  z.strictObject({ method: z.literal('completionRatio'), max: z.number().check(z.positive()) }),
  z.strictObject({ method: z.literal('value') }),
]);

/**
 * A scoring method.
 *
 * @category Model
 * @example
 * const pm25: ScoringMethod = { method: 'deduction', full: 3, ratePerUnit: 0.5 }; // Meixi PM2.5
 * const ecoPark: ScoringMethod = { method: 'boolean', points: 1 };
 * const ownTarget: ScoringMethod = { method: 'completionRatio', max: 1 }; // 按完成比例, no credit beyond the target
 */
export type ScoringMethod = z.infer<typeof ScoringMethodSchema>;
