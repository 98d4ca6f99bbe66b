import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { MissingPolicySchema } from './missingPolicy.schema.js';
import { PeriodSchema } from '../observation/period.schema.js';
import { ScoringMethodSchema } from './method.schema.js';
import { DashboardThresholdsSchema } from './dashboardThresholds.schema.js';
import { METHOD_READS } from './methodReads.js';

const Value = z.union([z.number(), z.boolean()]);

// The shape; IndicatorSchema below adds the checks across fields (baseline and target where read).
const IndicatorObjectSchema = z.strictObject({
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
  baseline: z.optional(z.strictObject({ value: Value, period: PeriodSchema })),
  target: z.optional(
    z.strictObject({
      value: Value,
      period: PeriodSchema,
      comparator: z.enum(['>=', '<=', '=', '~']),
      cumulative: z.optional(z.boolean()),
    }),
  ),
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
 * An indicator (指标): what is measured, which way is better (`polarity`), whether it binds
 * (`binding` 约束性, `expected` 预期性, `reference` 参考性), its baseline, target and milestones,
 * targets that differ by unit class (`classTargets`, by unit tag), the units it applies to
 * (`appliesTo`, unit tags: for a unit with none of them it is not applicable, e.g. 自然岸线保有率
 * for coastal provinces only), the decimals its values are published with (`decimals`, *0* for a count), its dashboard thresholds (`thresholds`, SDSN's green and red), targets assigned to one unit for one period (`unitTargets`, 目标分解; see `targetFor` for which wins), its weight or points, its scoring method, and the unit responsible for it. `responsible` is optional in the shape so
 * that validation can report its absence with a clear message.
 *
 * `baseline` and `target` are required exactly where something reads them: the baseline when the
 * method does (`METHOD_READS`: distance to target); the target when the method does (distance to
 * target, deduction, all-or-nothing, completion ratio), when the indicator is binding (约束性: its
 * target binds), and for the parts of a plan towards it (milestones, class and unit targets, a
 * trajectory, which also needs the baseline it starts from). An indicator scored relative to the
 * other units or on its own scale (min–max, z-score, rank, efficacy, goalposts, `value`, …) may have
 * neither: its cells have no target (`cells.target` is `null`, the status `noTarget`).
 *
 * @category Model
 * @example
 * IndicatorSchema.parse({ id: 'pm25', title: { zh: 'PM2.5 年均浓度' }, area: 'env', unitOfMeasure: { en: 'µg/m³' },
 *   polarity: 'lower', attribute: 'binding', baseline: { value: 38, period: '2020' },
 *   target: { value: 30, period: '2026', comparator: '<=' }, scoring: { method: 'distanceToTarget' }, responsible: 'eeb' })
 */
export const IndicatorSchema = IndicatorObjectSchema.check(
  z.superRefine((ind, ctx) => {
    const reads = METHOD_READS[ind.scoring.method];
    const need = (field: 'baseline' | 'target', en: string, zh: string): void => {
      if (ind[field] === undefined)
        ctx.addIssue({ code: 'custom', message: en, params: { zh }, path: [field], input: ind });
    };
    const zhField = { baseline: '基期值（baseline）', target: '目标值（target）' } as const;
    for (const field of ['baseline', 'target'] as const)
      if (reads[field])
        need(
          field,
          `the ${ind.scoring.method} method reads the indicator's ${field}: give it one`,
          `评分方法 ${ind.scoring.method} 需要指标的${zhField[field]}：请填写`,
        );
    if (!reads.target) {
      // The target's other readers, each named so the message says why it is needed.
      const why: Array<[boolean, string, string]> = [
        [ind.attribute === 'binding', 'a binding indicator (约束性) binds to its target', '约束性指标以目标值为约束'],
        [ind.milestones !== undefined, 'milestones lead to the target', '阶段目标（milestones）通向目标值'],
        [ind.classTargets !== undefined, 'class targets replace the target', '分类目标（classTargets）替代目标值'],
        [ind.unitTargets !== undefined, 'unit targets divide the target', '分解目标（unitTargets）分解目标值'],
        [
          ind.trajectory !== undefined,
          'a trajectory runs from the baseline to the target',
          '路径（trajectory）由基期值通向目标值',
        ],
      ];
      const reason = why.find(([applies]) => applies);
      if (reason) need('target', `${reason[1]}: give the indicator a target`, `${reason[2]}：请填写${zhField.target}`);
    }
    if (!reads.baseline && ind.trajectory !== undefined)
      need(
        'baseline',
        'a trajectory runs from the baseline to the target: give the indicator a baseline',
        `路径（trajectory）由基期值通向目标值：请填写${zhField.baseline}`,
      );
  }),
);

/**
 * An indicator.
 *
 * @category Model
 * @example
 * const pm25: Indicator = { id: 'pm25', area: 'env', polarity: 'lower', attribute: 'binding', baseline: { value: 42, period: '2020' },
 *   target: { value: 30, period: '2026', comparator: '<=' }, scoring: { method: 'deduction', full: 3, ratePerUnit: 0.5 }, responsible: 'eeb', … }; // Meixi
 */
export interface Indicator extends z.infer<typeof IndicatorSchema> {}
