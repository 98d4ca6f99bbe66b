import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { MissingPolicySchema } from './missingPolicy.schema.js';
import { RuleSchema } from './rule.schema.js';
import { AggregationMethodSchema } from './aggregation.schema.js';
import { MeasureStatusSchema } from '../vocabulary/measureStatus.schema.js';
import { UnitGroupSchema } from './unitGroup.schema.js';
import { ConsequenceSchema } from './consequence.schema.js';
import { ConsequenceActionSchema } from '../vocabulary/consequenceAction.schema.js';

/**
 * The assessment scheme (考核办法): total points, grade bands with declared edges (default
 * 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below; none, `[]`, for a published index that only
 * scores and ranks: every grade is then `null`), whether every indicator needs a responsible
 * unit (`responsibleUnits`: *required* when not given; *none* for an index that names none),
 * rounding declared once, the default
 * missing-data policy, the total's aggregation, whether weights must sum to a total, how far points
 * (分值) may be from their parent's points (`pointsTolerance`, for published rounded points; without
 * it 1e-9), what units are ranked on (`rankOn`: the published, rounded `total`, when not given, or
 * `totalUnrounded`, as the SDG Index ranks), the share of
 * indicators a unit must have observed in the period to get a total (`minCoverage`; without it, at
 * least one observed value; *0* turns the rule off), the rules and the groups of deductions or
 * bonuses that share a cumulative cap (`ruleGroups`: "bonuses at most 3 points in all"),
 * the progress thresholds for measures, the 序时进度 bands (`paceBands`: reported ÷ expected
 * progress at least `ahead` is 超序时, at least `onPace` 按序时, else 滞后序时), the unit groups assessed on their own parts (分类考核:
 * districts and counties, city departments; see {@link UnitGroupSchema}), the escalation ladder
 * (each step's action from the consequence vocabulary, with its clause as `basis`) and the
 * consequences proposed for grades, rules and red-line breaches ({@link ConsequenceSchema}).
 *
 * @category Model
 * @example
 * AssessmentSchemeSchema.parse({ version: '2024.1', totalPoints: 100, grades: [{ id: 'pass', label: { zh: '合格' }, min: 60, inclusive: true }],
 *   rounding: { digits: 1, mode: 'halfUp' }, missing: { policy: 'exclude' }, rules: [] })
 */
export const AssessmentSchemeSchema = z.strictObject({
  version: z.string().check(z.minLength(1)),
  totalPoints: z.number().check(z.positive()),
  grades: z.array(
    z.strictObject({ id: IdSchema, label: LocalizedTextSchema, min: z.number(), inclusive: z.boolean() }),
  ),
  rounding: z.strictObject({ digits: z.int().check(z.gte(0), z.lte(12)), mode: z.enum(['halfUp', 'halfEven']) }),
  missing: MissingPolicySchema,
  aggregation: z.optional(AggregationMethodSchema),
  weightsSumTo: z.optional(z.number().check(z.positive())),
  pointsTolerance: z.optional(z.number().check(z.nonnegative())),
  rankOn: z.optional(z.enum(['total', 'totalUnrounded'])),
  responsibleUnits: z.optional(z.enum(['required', 'none'])),
  minCoverage: z.optional(z.number().check(z.gte(0), z.lte(1))),
  rules: z.array(RuleSchema),
  ruleGroups: z.optional(
    z.array(z.strictObject({ id: IdSchema, title: LocalizedTextSchema, max: z.number().check(z.nonnegative()) })),
  ),
  measureThresholds: z.optional(
    z.strictObject({ atRisk: z.number().check(z.gte(0), z.lte(1)), lagging: z.number().check(z.gte(0), z.lte(1)) }),
  ),
  paceBands: z.optional(
    z.strictObject({ ahead: z.number().check(z.positive()), onPace: z.number().check(z.nonnegative()) }),
  ),
  groups: z.optional(z.array(UnitGroupSchema)),
  escalation: z.optional(
    z.array(
      z.strictObject({
        action: ConsequenceActionSchema,
        basis: z.optional(LocalizedTextSchema),
        when: z.strictObject({
          status: MeasureStatusSchema,
          consecutive: z.optional(z.int().check(z.positive())),
          overdueDays: z.optional(z.int().check(z.nonnegative())),
        }),
      }),
    ),
  ),
  consequences: z.optional(z.array(ConsequenceSchema)),
});

/**
 * An assessment scheme.
 *
 * @category Model
 * @example
 * const scheme: AssessmentScheme = framework.scheme; // Meixi: version '2024.1', totalPoints 100, …
 * scheme.grades.map((g) => g.id) //=> ['excellent', 'good', 'pass', 'fail']
 * scheme.missing //=> { policy: 'zero' }
 */
export interface AssessmentScheme extends z.infer<typeof AssessmentSchemeSchema> {}
