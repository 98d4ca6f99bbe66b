import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { MissingPolicySchema } from './missingPolicy.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';
import { ScoringMethodSchema } from './method.schema.js';
import { DashboardThresholdsSchema } from './dashboardThresholds.schema.js';

const Value = z.union([z.number(), z.boolean()]);

/**
 * An indicator (指标): what is measured, which way is better (`polarity`), whether it binds
 * (`binding` 约束性, `expected` 预期性, `reference` 参考性), its baseline, target and milestones,
 * targets that differ by unit class (`classTargets`, by unit tag), the units it applies to
 * (`appliesTo`, unit tags: for a unit with none of them it is not applicable, e.g. 自然岸线保有率
 * for coastal provinces only), the decimals its values are published with (`decimals`, *0* for a count), its dashboard thresholds (`thresholds`, SDSN's green and red), targets assigned to one unit for one period (`unitTargets`, 目标分解; see `targetFor` for which wins), its weight or points, its scoring method, and the unit responsible for it. `responsible` is optional in the shape so
 * that validation can report its absence with a clear message.
 *
 * @category Model
 * @example
 * IndicatorSchema.parse({ id: 'pm25', title: { zh: 'PM2.5 年均浓度' }, area: 'env', unitOfMeasure: { en: 'µg/m³' },
 *   polarity: 'lower', attribute: 'binding', baseline: { value: 38, period: '2020' },
 *   target: { value: 30, period: '2026', comparator: '<=' }, scoring: { method: 'distanceToTarget' }, responsible: 'eeb' })
 */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  area: IdSchema,
  unitOfMeasure: LocalizedTextSchema,
  polarity: z.enum(['higher', 'lower', 'band', 'notDecrease', 'boolean']),
  band: z.optional(z.strictObject({ min: z.number(), max: z.number() })),
  /**
   * How many decimals the indicator's values are published with: *0* for a count (企业数、天数), so a
   * fractional target or milestone is read as the whole number the comparator implies (`cellWording`).
   * Without it, values are shown as given, to at most two decimals.
   */
  decimals: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  attribute: z.enum(['binding', 'expected', 'reference']),
  baseline: z.strictObject({ value: Value, period: PeriodSchema }),
  target: z.strictObject({
    value: Value,
    period: PeriodSchema,
    comparator: z.enum(['>=', '<=', '=', '~']),
    cumulative: z.optional(z.boolean()),
  }),
  milestones: z.optional(z.array(z.strictObject({ period: PeriodSchema, value: Value }))),
  classTargets: z.optional(z.array(z.strictObject({ tag: z.string().check(z.minLength(1)), value: Value }))),
  appliesTo: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  thresholds: z.optional(DashboardThresholdsSchema),
  /** Targets assigned to one unit for one period (目标分解, e.g. in its responsibility letter); they beat class targets and milestones. */
  unitTargets: z.optional(z.array(z.strictObject({ unit: IdSchema, period: PeriodSchema, value: Value }))),
  trajectory: z.optional(z.enum(['linear', 'compound'])),
  weight: z.optional(z.number().check(z.nonnegative())),
  points: z.optional(z.number().check(z.nonnegative())),
  scoring: ScoringMethodSchema,
  missing: z.optional(MissingPolicySchema),
  source: z.optional(LocalizedTextSchema),
  responsible: z.optional(IdSchema),
});

/**
 * An indicator.
 *
 * @category Model
 * @example
 * const pm25: Indicator = { id: 'pm25', area: 'env', polarity: 'lower', attribute: 'binding', baseline: { value: 42, period: '2020' },
 *   target: { value: 30, period: '2026', comparator: '<=' }, scoring: { method: 'deduction', full: 3, ratePerUnit: 0.5 }, responsible: 'eeb', … }; // Meixi
 */
export interface Indicator extends z.infer<typeof IndicatorSchema> {}
