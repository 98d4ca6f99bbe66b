import * as z from 'zod/mini';

/**
 * A red-line breach as `assess` receives it (`options.breaches`, built by `breachesByUnit` from
 * `checkRedLines`): the zone, its control grade, the kinds of breach (面积减少 `areaReduced`, 功能降低
 * `functionDegraded`, 性质改变 `natureChanged`) and the losses (baseline in force − observed; 0 when
 * none), so that a rule's condition can depend on the zone's grade, the kind and the size. A plain
 * zone id is a breach with nothing known about it, as before: it meets only conditions without filters.
 *
 * @category Model
 * @example
 * RedLineBreachSchema.parse({ zone: 'nanshan-forest', grade: 'I', kinds: ['areaReduced'], areaLoss: 0.35, functionLoss: 0 })
 */
export const RedLineBreachSchema = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({
    zone: z.string().check(z.minLength(1)),
    grade: z.string(),
    kinds: z.array(z.enum(['areaReduced', 'functionDegraded', 'natureChanged'])),
    areaLoss: z.number(),
    functionLoss: z.number(),
  }),
]);

/**
 * A red-line breach ({@link RedLineBreachSchema}).
 *
 * @category Model
 * @example
 * const breach: RedLineBreach = { zone: 'nanshan-forest', grade: 'I', kinds: ['areaReduced'], areaLoss: 0.35, functionLoss: 0 }; // Meixi 2025
 */
export type RedLineBreach = z.infer<typeof RedLineBreachSchema>;
