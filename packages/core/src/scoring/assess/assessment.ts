import type { LocalizedLabel } from '../../vocabulary/lang.js';
import type { IndicatorProgressStatus } from '../../vocabulary/indicatorProgressStatus.schema.js';
import type { RoundingMode } from './roundDecimal.js';

/**
 * The format tag every assessment carries; it changes when the JSON shape does.
 *
 * @category Scoring
 * @example
 * JSON.parse(text).format === ASSESSMENT_FORMAT //=> true for an assessment this version can read
 */
export const ASSESSMENT_FORMAT = 'eco-reform.assessment/1';

/**
 * Why a cell's value is what it is, beyond the plain computation.
 * `missing`: no observation; `unscorable`: a value the method cannot score (e.g. distance to a target equal
 * to its baseline), handled like a missing one; `imputed`: a missing-data policy supplied it; `capped`: the method
 * censored it at a bound; `excluded`: it does not count, and its weight went to its siblings.
 *
 * @category Scoring
 * @example
 * indicatorResults(assess(framework, observations, { period: '2021' }), 'beiling').find((r) => r.indicator === 'green-communities')?.flags
 * //=> ['missing', 'imputed'] (Meixi: a blank cell scored by the floor policy)
 */
export type CellFlag = 'missing' | 'unscorable' | 'imputed' | 'capped' | 'excluded';

/**
 * One indicator as the assessment used it.
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025' }).indicators.find((i) => i.id === 'pm25')
 * //=> { id: 'pm25', area: 'env', method: { method: 'deduction', full: 3, ratePerUnit: 0.5 }, direction: -1, weight: 0.125, missing: 'floor', … }
 */
export interface AssessedIndicator {
  id: string;
  title: LocalizedLabel;
  area: string;
  /** The scoring method with its parameters, as declared. */
  method: { method: string } & Record<string, unknown>;
  /** *1* higher is better, *-1* lower is better. */
  direction: 1 | -1;
  /** The declared weight (or points) before renormalisation. */
  weight: number;
  /** The missing-data policy that applied. */
  missing: string;
}

/**
 * One area as the assessment used it.
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025' }).areas[1]
 * //=> { id: 'env', title: { zh: '生态环境优化', en: 'Ecological environment' }, parent: null, aggregation: 'weightedMean', weight: 0.4, minIndicators: null }
 */
export interface AssessedArea {
  id: string;
  title: LocalizedLabel;
  parent: string | null;
  aggregation: string;
  weight: number;
  minIndicators: number | null;
}

/**
 * An area's result for one unit.
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025' }).results[0].areas[1]
 * //=> { area: 'env', score: 97.5, weightUsed: 0.4, points: 39, flags: [] } (Meixi, xihu)
 */
export interface AreaResult {
  area: string;
  /** Score on 0–100, or `null` when the area could not be scored. */
  score: number | null;
  /** The area's share of the total after renormalisation among present siblings (additive aggregations). */
  weightUsed: number | null;
  /** Points the area contributes to the unit's total (additive aggregations; otherwise `null`). */
  points: number | null;
  /** `imputed` when a missing-data policy gave the area its score. */
  flags: CellFlag[];
}

/**
 * A rule that fired for a unit, in the order rules were applied.
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025', breaches: { nanshan: ['nanshan-forest'] } }).results[2].rules[0]
 * //=> { rule: 'redline-veto', kind: 'veto', reason: { zh: '…', en: 'Red-line zone reduced, degraded or changed in nature: veto' }, points: 0, grade: 'fail',
 * //     evidence: 'red-line breach: nanshan-forest', evidenceText: { zh: '生态保护红线区受损：nanshan-forest', en: 'red-line breach: nanshan-forest' } }
 */
export interface RuleFired {
  rule: string;
  kind: 'deduction' | 'bonus' | 'veto' | 'gradeCap' | 'bindingUnmet' | 'minOf';
  reason: LocalizedLabel;
  /** Points added (positive) or removed (negative) from the total; 0 for grade rules. */
  points: number;
  /** The grade forced or capped, for veto, gradeCap and bindingUnmet. */
  grade?: string;
  /** What made it fire, e.g. the indicator below target or the flag: English, stable for machines. */
  evidence: string;
  /** The same for people, in both languages (as `explain` and the widgets show it). */
  evidenceText: LocalizedLabel;
}

/**
 * One unit's result.
 *
 * @category Scoring
 * @example
 * assess(framework, observations, { period: '2025' }).results[0]
 * //=> { unit: 'xihu', total: 98.2, totalUnrounded: 98.153…, grade: 'excellent', rank: 1, areas: […], rules: [] }
 */
export interface UnitResult {
  unit: string;
  /** The total after rules, rounded as the scheme says; `null` when it cannot be computed. */
  total: number | null;
  /** The same before rounding, for auditors. */
  totalUnrounded: number | null;
  grade: string | null;
  /** Competition rank by `total` ("1224": ties share the best rank). */
  rank: number | null;
  areas: AreaResult[];
  rules: RuleFired[];
}

/**
 * Per unit × indicator values, stored column-wise: the entry for unit `u` and indicator `i` is at
 * `u * indicators.length + i`. {@link indicatorResults} expands one unit's row into objects.
 *
 * @category Scoring
 * @example
 * const a = assess(framework, observations, { period: '2025' }); // Meixi
 * const cell = 5 * a.indicators.length + 13; // unit 5 (gangkou) × indicator 13 (pm25)
 * [a.cells.raw[cell], a.cells.normalized[cell], a.cells.status[cell]] //=> [42.8, 0, 'deteriorating']
 * [a.cells.target[cell], a.cells.planned[cell]] //=> [32, 32] (the 2025 milestone, and the plan on 2025-12-31)
 */
export interface AssessmentCells {
  raw: Array<number | boolean | null>;
  normalized: Array<number | null>;
  weightUsed: Array<number | null>;
  points: Array<number | null>;
  flags: CellFlag[][];
  status: IndicatorProgressStatus[];
  /**
   * The target the unit faces in the period (`targetFor`: its class target, else the period's
   * milestone, else the target); `null` only for a value no double holds, as in every column.
   */
  target: Array<number | boolean | null>;
  /**
   * The value planned for the unit on the period's last day (`expectedAt` on the unit's plan,
   * `planFor`); `null` when the period is not a calendar period or the plan leaves the doubles.
   */
  planned: Array<number | boolean | null>;
}

/**
 * A problem found while assessing: bad or missing data, a rule that could not be applied.
 *
 * @category Scoring
 * @example
 * // Meixi 2021 with the scheme's missing-data policy set to { policy: 'error' }:
 * assess(framework, observations, { period: '2021' }).diagnostics[0]
 * //=> { severity: 'error', code: 'missing_value', unit: 'beiling', indicator: 'green-communities', message: { en: 'beiling has no value for green-communities, …', zh: '…' } }
 */
export interface Diagnostic {
  severity: 'info' | 'warning' | 'error';
  code: string;
  message: LocalizedLabel;
  unit?: string;
  indicator?: string;
  area?: string;
}

/**
 * The result of {@link assess}: plain JSON, versioned, re-runnable. Every number has a trace:
 * per indicator the raw value, method and parameters, normalised value, weight used and points;
 * per area and unit the scores, rules fired, grade and rank; plus diagnostics, the library and
 * scheme versions and a SHA-256 fingerprint of the inputs.
 *
 * @category Scoring
 * @example
 * const a = assess(framework, observations, { period: '2025', breaches: { nanshan: ['nanshan-forest'] } });
 * a.format //=> 'eco-reform.assessment/1'
 * a.results.map((r) => r.unit) //=> ['xihu', 'dongcheng', 'nanshan', 'beiling', 'qingxi', 'gangkou']
 */
export interface Assessment {
  format: typeof ASSESSMENT_FORMAT;
  library: { name: '@eco-reform/core'; version: string };
  framework: { id: string; version: string; title: LocalizedLabel };
  scheme: {
    version: string;
    totalPoints: number;
    rounding: { digits: number; mode: RoundingMode };
    grades: Array<{ id: string; label: LocalizedLabel; min: number; inclusive: boolean }>;
  };
  period: string;
  /** SHA-256 (hex) of the canonical JSON of the framework, the observations used and the options. */
  fingerprint: string;
  units: Array<{ id: string; name: LocalizedLabel }>;
  indicators: AssessedIndicator[];
  areas: AssessedArea[];
  results: UnitResult[];
  cells: AssessmentCells;
  diagnostics: Diagnostic[];
}
