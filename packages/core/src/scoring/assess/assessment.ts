import * as z from 'zod/mini';
import { IndicatorProgressStatusSchema } from '../../vocabulary/indicatorProgressStatus.schema.js';
import { ScoringMethodSchema } from '../../model/method.schema.js';
import type { AggregationMethod } from '../../model/aggregation.schema.js';
import type { MissingPolicy } from '../../model/missingPolicy.schema.js';
import type { Rule } from '../../model/rule.schema.js';
import { DiagnosticCodeSchema } from './diagnosticCode.schema.js';

/**
 * The format tag every assessment carries; it changes when the JSON shape does. Version 2 added
 * per unit the subtotal before rules and the grade by points alone, and per fired rule its effect.
 *
 * @category Scoring
 * @example
 * JSON.parse(text).format === ASSESSMENT_FORMAT //=> true for an assessment this version can read
 */
export const ASSESSMENT_FORMAT = 'eco-reform.assessment/2';

// A union's members listed once for zod, checked against the type they come from both ways, so
// a member added to the model without being added here (or the reverse) does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exactly =
  <T extends string>() =>
  <const L extends readonly [T, ...T[]]>(list: L & (Same<L[number], T> extends true ? unknown : never)): L =>
    list;

const LabelSchema = z.strictObject({ zh: z.string(), en: z.string() });

/**
 * Why a cell's value is what it is, beyond the plain computation.
 * `missing`: no observation; `unscorable`: a value the method cannot score (e.g. distance to a target equal
 * to its baseline), handled like a missing one; `imputed`: a missing-data policy supplied it; `capped`: the method
 * censored it at a bound; `excluded`: it does not count, and its weight went to its siblings; `notApplicable`: the
 * indicator does not apply to the unit (its `appliesTo` lists none of the unit's tags, or the observation says so),
 * so it has no score and no missing-data policy applies, and its weight goes as its area's aggregation says. On an
 * area result, `notApplicable` means none of its children applies.
 *
 * @category Scoring
 * @example
 * CellFlagSchema.parse('imputed') //=> 'imputed'
 */
export const CellFlagSchema = z.enum(['missing', 'unscorable', 'imputed', 'capped', 'excluded', 'notApplicable']);

/**
 * A cell flag ({@link CellFlagSchema}).
 *
 * @category Scoring
 * @example
 * indicatorResults(assess(framework, observations, { period: '2021' }), 'beiling').find((r) => r.indicator === 'green-communities')?.flags
 * //=> ['missing', 'imputed'] (Meixi: a blank cell scored by the floor policy)
 */
export type CellFlag = z.infer<typeof CellFlagSchema>;

const MissingPolicyIdSchema = z.enum(
  exactly<MissingPolicy['policy']>()(['exclude', 'floor', 'zero', 'peerMean', 'carryForward', 'error', 'propagate']),
);
const AggregationIdSchema = z.enum(
  exactly<AggregationMethod['method']>()([
    'weightedSum',
    'weightedMean',
    'geometricMean',
    'harmonicMean',
    'generalizedMean',
  ]),
);
const RuleKindSchema = z.enum(
  exactly<Rule['kind']>()([
    'deduction',
    'bonus',
    'veto',
    'gradeCap',
    'bindingUnmet',
    'minOf',
    'gradeQuota',
    'rankBottom',
    'consecutiveGrade',
  ]),
);

/**
 * One indicator as the assessment used it: `method` is the scoring method with its parameters, as
 * declared; `direction` *1* higher is better, *-1* lower is better; `weight` the declared weight
 * (or points) before renormalisation; `missing` the missing-data policy that applied; `appliesTo`, when
 * the indicator declares it, the unit tags it applies to (its cells for other units are `notApplicable`);
 * `thresholds`, when declared, its dashboard thresholds on the 0–100 score scale (SDSN's green and red).
 *
 * @category Scoring
 * @example
 * AssessedIndicatorSchema.safeParse(assess(framework, observations, { period: '2025' }).indicators[0]).success //=> true
 */
export const AssessedIndicatorSchema = z.strictObject({
  id: z.string(),
  title: LabelSchema,
  area: z.string(),
  method: ScoringMethodSchema,
  direction: z.union([z.literal(1), z.literal(-1)]),
  weight: z.number(),
  missing: MissingPolicyIdSchema,
  appliesTo: z.optional(z.array(z.string())),
  thresholds: z.optional(z.strictObject({ green: z.number(), red: z.number() })),
});

/**
 * One indicator as the assessment used it ({@link AssessedIndicatorSchema}).
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025' }).indicators.find((i) => i.id === 'pm25')
 * //=> { id: 'pm25', area: 'env', method: { method: 'deduction', full: 3, ratePerUnit: 0.5 }, direction: -1, weight: 0.125, missing: 'floor', … }
 */
export type AssessedIndicator = z.infer<typeof AssessedIndicatorSchema>;

/**
 * One area as the assessment used it: `aggregation` is how it combines its children.
 *
 * @category Scoring
 * @example
 * AssessedAreaSchema.safeParse(assess(framework, observations, { period: '2025' }).areas[0]).success //=> true
 */
export const AssessedAreaSchema = z.strictObject({
  id: z.string(),
  title: LabelSchema,
  parent: z.nullable(z.string()),
  aggregation: AggregationIdSchema,
  weight: z.number(),
  minIndicators: z.nullable(z.number()),
});

/**
 * One area as the assessment used it ({@link AssessedAreaSchema}).
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025' }).areas[1]
 * //=> { id: 'env', title: { zh: '生态环境优化', en: 'Ecological environment' }, parent: null, aggregation: 'weightedMean', weight: 0.4, minIndicators: null }
 */
export type AssessedArea = z.infer<typeof AssessedAreaSchema>;

/**
 * An area's result for one unit: `score` on 0–100 (`null` when the area could not be scored);
 * `weightUsed` its share after renormalisation among present siblings; `points` what it contributes
 * to the unit's total (additive aggregations; otherwise `null`); `flags` `imputed` when a
 * missing-data policy gave the area its score.
 *
 * @category Scoring
 * @example
 * AreaResultSchema.parse({ area: 'env', score: 97.5, weightUsed: 0.4, points: 39, flags: [] })
 */
export const AreaResultSchema = z.strictObject({
  area: z.string(),
  score: z.nullable(z.number()),
  weightUsed: z.nullable(z.number()),
  points: z.nullable(z.number()),
  flags: z.array(CellFlagSchema),
});

/**
 * An area's result for one unit ({@link AreaResultSchema}).
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025' }).results[0].areas[1]
 * //=> { area: 'env', score: 97.5, weightUsed: 0.4, points: 39, flags: [] } (Meixi, xihu)
 */
export type AreaResult = z.infer<typeof AreaResultSchema>;

/**
 * What a fired rule did: `moved` the total (deductions, bonuses, `minOf`), `forced` the grade (the
 * last veto, or an unmet binding indicator that fails the unit), `capped` the grade (a cap below the
 * grade reached so far, or a grade quota demoting the unit), `action` called for an accountability
 * action (`rankBottom`, `consecutiveGrade`: in the rule's `action`), or `none` (points moved by 0 at a bound, a cap the grade already respects,
 * a grade rule a veto overrides, or a grade rule for a unit without a total).
 *
 * @category Scoring
 * @example
 * RuleEffectSchema.parse('capped') //=> 'capped'
 */
export const RuleEffectSchema = z.enum(['moved', 'forced', 'capped', 'action', 'none']);

/**
 * A rule's effect ({@link RuleEffectSchema}).
 *
 * @category Scoring
 * @example
 * const effect: RuleEffect = 'forced'; // Meixi 2025, Nanshan: the red-line veto
 */
export type RuleEffect = z.infer<typeof RuleEffectSchema>;

/**
 * How a counted or capped deduction or bonus reached its points: `count` the occurrences counted
 * (the flag's count, or the zones breached, for a rule scoring `perOccurrence`; else 1), `each` the
 * points per occurrence, `uncapped` = count × each, `max` the rule's own cap, `group` and `groupMax`
 * the rule group whose cumulative cap it shares and that cap, `groupBefore` what the group's earlier
 * rules had already used of it, and `capped` the points the caps took off (so the rule wanted
 * `uncapped − capped`; the total's bounds, 0 and the scheme's points, may still move it by less, which
 * `points` shows). Present only on rules declared `perOccurrence`, with a `group`, or a deduction
 * with a `max`.
 *
 * @category Scoring
 * @example
 * // "5 points per verified complaint, at most 20", three complaints:
 * RuleTallySchema.parse({ count: 3, each: 5, uncapped: 15, max: 20, group: null, groupMax: null, groupBefore: null, capped: 0 })
 */
export const RuleTallySchema = z.strictObject({
  count: z.number(),
  each: z.number(),
  uncapped: z.number(),
  max: z.nullable(z.number()),
  group: z.nullable(z.string()),
  groupMax: z.nullable(z.number()),
  groupBefore: z.nullable(z.number()),
  capped: z.number(),
});

/**
 * A counted or capped rule's tally ({@link RuleTallySchema}).
 *
 * @category Scoring
 * @example
 * // A bonus group capped at 3 (2 + 3 + 3 wanted): the second rule's tally
 * const tally: RuleTally = { count: 1, each: 3, uncapped: 3, max: null, group: 'bonuses', groupMax: 3, groupBefore: 2, capped: 2 };
 */
export type RuleTally = z.infer<typeof RuleTallySchema>;

/**
 * A rule that fired for a unit, in the order rules were applied. `points`: added (positive) or
 * removed (negative) from the total, 0 for grade rules; `grade`: the grade forced or capped, for veto,
 * gradeCap and a capping bindingUnmet; `evidence`: what made it fire, English, stable for machines;
 * `evidenceText`: the same for people in both languages. Its effect, in the order rules apply:
 * `totalBefore` and `totalAfter` are the unrounded running total around the rule (equal for grade
 * rules; `null` without a total); `gradeBefore` and `gradeAfter` the grade around a grade rule
 * (starting from the unit's `gradeByPoints`), `null` for point rules, for a grade rule a veto
 * overrides, and without a total. `tally`: how a counted or capped deduction or bonus reached its
 * points ({@link RuleTallySchema}); `action`: the accountability action a cross-unit or
 * cross-period rule calls for (effect `action`).
 *
 * @category Scoring
 * @example
 * RuleFiredSchema.safeParse(assessBundle(bundle, { period: '2025' }).results[2].rules[0]).success //=> true
 */
export const RuleFiredSchema = z.strictObject({
  rule: z.string(),
  kind: RuleKindSchema,
  reason: LabelSchema,
  points: z.number(),
  grade: z.optional(z.string()),
  evidence: z.string(),
  evidenceText: LabelSchema,
  effect: RuleEffectSchema,
  totalBefore: z.nullable(z.number()),
  totalAfter: z.nullable(z.number()),
  gradeBefore: z.nullable(z.string()),
  gradeAfter: z.nullable(z.string()),
  tally: z.optional(RuleTallySchema),
  action: z.optional(z.enum(['reminder', 'warning', 'interview', 'accountability'])),
});

/**
 * A rule that fired for a unit ({@link RuleFiredSchema}).
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025', breaches: { nanshan: ['nanshan-forest'] } }).results[2].rules[0]
 * //=> { rule: 'redline-veto', kind: 'veto', reason: { zh: '…', en: 'Red-line zone reduced, degraded or changed in nature: veto' }, points: 0, grade: 'fail',
 * //     evidence: 'red-line breach: nanshan-forest', evidenceText: { zh: '生态保护红线区受损：南山水源涵养红线区', en: 'red-line breach: Nanshan water-conservation forest' },
 * //     effect: 'forced', totalBefore: 94.07…, totalAfter: 94.07…, gradeBefore: 'excellent', gradeAfter: 'fail' }
 */
export type RuleFired = z.infer<typeof RuleFiredSchema>;

/**
 * One unit's result. `total`: after rules, rounded as the scheme says (`null` when it cannot be
 * computed); `totalUnrounded` the same before rounding; `grade` after every rule; `rank` the
 * competition rank by `total` ("1224": ties share the best rank), or by `totalUnrounded` where the
 * scheme says so (`rankOn`, carried in the assessment's `scheme`). Before any rule:
 * `subtotalUnrounded` the points the areas add up to, `subtotal` the same rounded as the scheme
 * says; `gradeByPoints` the grade the published `total` reaches by the band edges alone, before
 * vetoes, caps and unmet binding indicators.
 *
 * @category Scoring
 * @example
 * UnitResultSchema.safeParse(assess(framework, observations, { period: '2025' }).results[0]).success //=> true
 */
export const UnitResultSchema = z.strictObject({
  unit: z.string(),
  total: z.nullable(z.number()),
  totalUnrounded: z.nullable(z.number()),
  grade: z.nullable(z.string()),
  rank: z.nullable(z.number()),
  areas: z.array(AreaResultSchema),
  rules: z.array(RuleFiredSchema),
  subtotal: z.nullable(z.number()),
  subtotalUnrounded: z.nullable(z.number()),
  gradeByPoints: z.nullable(z.string()),
});

/**
 * One unit's result ({@link UnitResultSchema}).
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025' }).results[0]
 * //=> { unit: 'xihu', total: 98.2, totalUnrounded: 98.153…, grade: 'excellent', rank: 1, areas: […], rules: [], subtotal: 98.2, subtotalUnrounded: 98.153…, gradeByPoints: 'excellent' }
 */
export interface UnitResult extends z.infer<typeof UnitResultSchema> {}

/**
 * Per unit × indicator values, stored column-wise: the entry for unit `u` and indicator `i` is at
 * `u * indicators.length + i`. {@link indicatorResults} expands one unit's row into objects.
 *
 * @category Scoring
 * @example
 * AssessmentCellsSchema.parse({ raw: [42.8], normalized: [0], weightUsed: [0.125], points: [0], flags: [[]], status: ['deteriorating'] })
 */
export const AssessmentCellsSchema = z.strictObject({
  raw: z.array(z.union([z.number(), z.boolean(), z.null()])),
  normalized: z.array(z.nullable(z.number())),
  weightUsed: z.array(z.nullable(z.number())),
  points: z.array(z.nullable(z.number())),
  flags: z.array(z.array(CellFlagSchema)),
  status: z.array(IndicatorProgressStatusSchema),
  /**
   * The target the unit faces in the period (`targetFor`: its class target, else the period's
   * milestone, else the target); `null` when the indicator has no target (a method that reads none,
   * e.g. min–max: its status is then `noTarget`), or for a value no double holds, as in every column.
   */
  target: z.array(z.union([z.number(), z.boolean(), z.null()])),
  /**
   * The value planned for the unit on the period's last day (`expectedAt` on the unit's plan,
   * `planFor`); `null` when the period is not a calendar period, the indicator has no baseline or
   * no target (no plan), or the plan leaves the doubles.
   */
  planned: z.array(z.union([z.number(), z.boolean(), z.null()])),
});

/**
 * The per-cell trace ({@link AssessmentCellsSchema}).
 *
 * @category Scoring
 * @example
 * const a = assess(framework, observations, { period: '2025' }); // Meixi
 * const cell = 5 * a.indicators.length + 13; // unit 5 (gangkou) × indicator 13 (pm25)
 * [a.cells.raw[cell], a.cells.normalized[cell], a.cells.status[cell]] //=> [42.8, 0, 'deteriorating']
 * [a.cells.target[cell], a.cells.planned[cell]] //=> [32, 32] (the 2025 milestone, and the plan on 2025-12-31)
 */
export type AssessmentCells = z.infer<typeof AssessmentCellsSchema>;

/**
 * A problem found while assessing: bad or missing data, a rule that could not be applied.
 *
 * @category Scoring
 * @example
 * DiagnosticSchema.parse({ severity: 'warning', code: 'no_total', message: { en: 'some units have no total and are not ranked', zh: '部分单位无法计算总分，未参与排名' } })
 */
export const DiagnosticSchema = z.strictObject({
  severity: z.enum(['info', 'warning', 'error']),
  code: DiagnosticCodeSchema,
  message: LabelSchema,
  unit: z.optional(z.string()),
  indicator: z.optional(z.string()),
  area: z.optional(z.string()),
});

/**
 * A diagnostic ({@link DiagnosticSchema}).
 *
 * @category Scoring
 * @example
 * // Meixi 2021 with the scheme's missing-data policy set to { policy: 'error' }:
 * assess(framework, observations, { period: '2021' }).diagnostics[0]
 * //=> { severity: 'error', code: 'missing_value', unit: 'beiling', indicator: 'green-communities', message: { en: 'beiling has no value for green-communities, …', zh: '…' } }
 */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

// Everything but the per-cell trace and the fingerprint, in the order the JSON has it.
const resultsShape = {
  format: z.literal(ASSESSMENT_FORMAT),
  library: z.strictObject({ name: z.literal('@eco-reform/core'), version: z.string() }),
  framework: z.strictObject({ id: z.string(), version: z.string(), title: LabelSchema }),
  scheme: z.strictObject({
    version: z.string(),
    totalPoints: z.number(),
    rounding: z.strictObject({ digits: z.number(), mode: z.enum(['halfUp', 'halfEven']) }),
    grades: z.array(z.strictObject({ id: z.string(), label: LabelSchema, min: z.number(), inclusive: z.boolean() })),
    rankOn: z.optional(z.enum(['total', 'totalUnrounded'])),
  }),
  period: z.string(),
};
const listsShape = {
  units: z.array(z.strictObject({ id: z.string(), name: LabelSchema })),
  indicators: z.array(AssessedIndicatorSchema),
  areas: z.array(AssessedAreaSchema),
  results: z.array(UnitResultSchema),
};

/**
 * The shape of an {@link Assessment} as JSON (types only; `parseAssessment` also checks that its
 * parts agree with each other).
 *
 * @category Scoring
 * @example
 * AssessmentSchema.safeParse(JSON.parse(JSON.stringify(assess(framework, observations, { period: '2025' })))).success //=> true
 */
export const AssessmentSchema = z.strictObject({
  ...resultsShape,
  fingerprint: z.string(),
  ...listsShape,
  cells: AssessmentCellsSchema,
  diagnostics: z.array(DiagnosticSchema),
});

/**
 * The result of {@link assess}: plain JSON, versioned, re-runnable, every property stored (no
 * getters). Every number has a trace: per indicator the raw value, method and parameters,
 * normalised value, weight used and points; per area and unit the scores, rules fired with their
 * effect, subtotal, grade and rank; plus diagnostics, the library and scheme versions and
 * `fingerprint`, the SHA-256 (hex) of the canonical JSON of the framework, the observations used and
 * the options.
 *
 * @category Scoring
 * @example
 * const a = assess(framework, observations, { period: '2025', breaches: { nanshan: ['nanshan-forest'] } });
 * a.format //=> 'eco-reform.assessment/2'
 * a.results.map((r) => r.unit) //=> ['xihu', 'dongcheng', 'nanshan', 'beiling', 'qingxi', 'gangkou']
 */
export interface Assessment extends z.infer<typeof AssessmentSchema> {}

/**
 * The shape of {@link AssessmentResults}.
 *
 * @category Scoring
 * @example
 * AssessmentResultsSchema.safeParse(assess(framework, observations, { period: '2025', detail: 'results' })).success //=> true
 */
export const AssessmentResultsSchema = z.strictObject({
  ...resultsShape,
  ...listsShape,
  diagnostics: z.array(DiagnosticSchema),
});

/**
 * What `assess(…, { detail: 'results' })` returns: an {@link Assessment} without the per-cell trace
 * (`cells`) and the `fingerprint`, for runs that read totals, grades and ranks only (a sensitivity
 * analysis, a live re-weighting). Every property is stored.
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025', detail: 'results' }).results[0].total //=> 98.2
 */
export interface AssessmentResults extends z.infer<typeof AssessmentResultsSchema> {}

/**
 * One unit's totals: a {@link UnitResult} without the per-area results, what
 * `assess(…, { detail: 'totals' })` gives each unit.
 *
 * @category Scoring
 * @example
 * UnitTotalSchema.safeParse(assess(framework, observations, { period: '2025', detail: 'totals' }).results[0]).success //=> true
 */
export const UnitTotalSchema = z.omit(UnitResultSchema, { areas: true });

/**
 * One unit's totals ({@link UnitTotalSchema}).
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025', detail: 'totals' }).results[0]
 * //=> { unit: 'xihu', total: 98.2, totalUnrounded: 98.153…, grade: 'excellent', rank: 1, rules: [], subtotal: 98.2, … }
 */
export interface UnitTotal extends z.infer<typeof UnitTotalSchema> {}

/**
 * The shape of {@link AssessmentTotals}.
 *
 * @category Scoring
 * @example
 * AssessmentTotalsSchema.safeParse(assess(framework, observations, { period: '2025', detail: 'totals' })).success //=> true
 */
export const AssessmentTotalsSchema = z.strictObject({
  ...resultsShape,
  ...listsShape,
  results: z.array(UnitTotalSchema),
  diagnostics: z.array(DiagnosticSchema),
});

/**
 * What `assess(…, { detail: 'totals' })` returns: an {@link AssessmentResults} whose units carry
 * their total, grade, rank, subtotal, grade by points and rules but not the per-area results: the
 * cheapest run, for callers that read totals, grades and ranks only (a sensitivity analysis that
 * ranks thousands of perturbed runs). Every property is stored.
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025', detail: 'totals' }).results[0].rank //=> 1
 */
export interface AssessmentTotals extends z.infer<typeof AssessmentTotalsSchema> {}
