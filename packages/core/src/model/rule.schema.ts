import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';

/** An accountability action a rule can call for: 提醒, 预警, 约谈, 问责 (the escalation ladder's). */
const EscalationActionSchema = z.enum(['reminder', 'warning', 'interview', 'accountability']);

/**
 * When a rule fires for a unit: a red-line breach in the period (optionally only of zones of given
 * control grades, of given kinds, or losing at least so much: every filter given must hold), a flag set for the unit
 * (e.g. `majorIncident`, `nationalHonour`), or an indicator below its target.
 *
 * @category Model
 * @example
 * ConditionSchema.parse({ event: 'flag', flag: 'majorIncident' })
 */
export const ConditionSchema = z.discriminatedUnion('event', [
  z.strictObject({
    event: z.literal('redLineBreach'),
    /** Only breaches of zones of these control grades (e.g. `['I']`). */
    zoneGrades: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** Only breaches of these kinds (面积减少 / 功能降低 / 性质改变). */
    kinds: z.optional(z.array(z.enum(['areaReduced', 'functionDegraded', 'natureChanged']))),
    /** Only breaches losing at least this much area (km²). */
    minAreaLoss: z.optional(z.number().check(z.nonnegative())),
    /** Only breaches losing at least this much of the function index. */
    minFunctionLoss: z.optional(z.number().check(z.nonnegative())),
  }),
  z.strictObject({ event: z.literal('flag'), flag: z.string().check(z.minLength(1)) }),
  z.strictObject({ event: z.literal('indicatorBelowTarget'), indicator: IdSchema }),
]);

/**
 * A rule's condition.
 *
 * @category Model
 * @example
 * const incident: Condition = { event: 'flag', flag: 'majorIncident' }; // Meixi's gradeCap rule
 * const breach: Condition = { event: 'redLineBreach' }; // Meixi's veto
 */
export type Condition = z.infer<typeof ConditionSchema>;

/**
 * An assessment rule, applied in the scheme's order: deduction (扣分) and bonus (加分), once or per
 * occurrence (`perOccurrence`: "5 points per incident"), each with an optional cap (`max`: "at most
 * 20") and an optional group whose cumulative cap it shares (`group`, `scheme.ruleGroups`),
 * veto (一票否决: forces a grade), grade cap ("cannot be 优秀"), unmet binding indicator (fail or
 * cap), and min-of (key regions take the lower of two area scores). Three rules look across units
 * and periods and apply after every unit's own rules, ranks and grades: a grade quota ("at most 20 %
 * 优秀"), the last-ranked units (`rankBottom`: "the last three → 约谈") and a grade in consecutive
 * periods (`consecutiveGrade`: "two consecutive years 不合格 → 约谈"); the last two call for an
 * action and change neither total nor grade.
 *
 * @category Model
 * @example
 * RuleSchema.parse({ kind: 'veto', id: 'redline', reason: { zh: '生态红线被突破' }, when: { event: 'redLineBreach' }, grade: 'fail' })
 * RuleSchema.parse({ kind: 'deduction', id: 'complaints', points: 5, perOccurrence: true, max: 20, reason: { zh: '每查实一件扣 5 分，最多扣 20 分' },
 *   when: { event: 'flag', flag: 'verifiedComplaint' } })
 */
export const RuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('deduction'),
    id: IdSchema,
    points: z.number().check(z.nonnegative()),
    /** Points per occurrence: `points` × the flag's count (or the number of zones breached), up to `max`. */
    perOccurrence: z.optional(z.boolean()),
    /** The most this rule may deduct ("at most 20"). */
    max: z.optional(z.number().check(z.nonnegative())),
    /** The scheme's rule group (`scheme.ruleGroups`) whose cumulative cap this rule shares. */
    group: z.optional(IdSchema),
    reason: LocalizedTextSchema,
    when: ConditionSchema,
  }),
  z.strictObject({
    kind: z.literal('bonus'),
    id: IdSchema,
    points: z.number().check(z.nonnegative()),
    perOccurrence: z.optional(z.boolean()),
    max: z.optional(z.number().check(z.nonnegative())),
    group: z.optional(IdSchema),
    reason: LocalizedTextSchema,
    when: ConditionSchema,
  }),
  z.strictObject({
    kind: z.literal('veto'),
    id: IdSchema,
    reason: LocalizedTextSchema,
    when: ConditionSchema,
    grade: IdSchema,
  }),
  z.strictObject({
    kind: z.literal('gradeCap'),
    id: IdSchema,
    reason: LocalizedTextSchema,
    when: ConditionSchema,
    maxGrade: IdSchema,
  }),
  z.strictObject({
    kind: z.literal('bindingUnmet'),
    id: IdSchema,
    reason: LocalizedTextSchema,
    effect: z.enum(['fail', 'cap']),
    maxGrade: z.optional(IdSchema),
  }),
  z.strictObject({
    kind: z.literal('gradeQuota'),
    id: IdSchema,
    reason: LocalizedTextSchema,
    /** The grade whose share is limited, e.g. `excellent`. */
    grade: IdSchema,
    /** At most this percentage of the graded units, rounded down to whole units. */
    maxPercent: z.number().check(z.gte(0), z.lte(100)),
    /** The grade given to the units beyond the quota. */
    demoteTo: IdSchema,
    /** Units tied (same rank) across the quota's edge: `keep` all of them in the grade, or `demote` all of them. */
    ties: z.enum(['keep', 'demote']),
  }),
  z.strictObject({
    kind: z.literal('rankBottom'),
    id: IdSchema,
    reason: LocalizedTextSchema,
    /** How many of the last-ranked units, e.g. 3. */
    count: z.int().check(z.positive()),
    action: EscalationActionSchema,
    /** Units tied with the last of them: `include` all of them, or `exclude` all of them. */
    ties: z.enum(['include', 'exclude']),
  }),
  z.strictObject({
    kind: z.literal('consecutiveGrade'),
    id: IdSchema,
    reason: LocalizedTextSchema,
    grade: IdSchema,
    /** In this many consecutive periods, the assessed one and those before it (`options.history`). */
    periods: z.int().check(z.gte(2)),
    action: EscalationActionSchema,
  }),
  z.strictObject({
    kind: z.literal('minOf'),
    id: IdSchema,
    reason: LocalizedTextSchema,
    tag: z.string().check(z.minLength(1)),
    areas: z.tuple([IdSchema, IdSchema]),
  }),
]);

/**
 * An assessment rule.
 *
 * @category Model
 * @example
 * const veto: Rule = { kind: 'veto', id: 'redline-veto', reason: { zh: '生态保护红线面积减少、功能降低或性质改变，一票否决', … },
 *   when: { event: 'redLineBreach' }, grade: 'fail' }; // Meixi
 */
export type Rule = z.infer<typeof RuleSchema>;
