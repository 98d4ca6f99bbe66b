import type { Framework } from '../../model/framework.schema.js';
import type { Unit } from '../../model/unit.schema.js';
import type { FlagCount } from '../../model/flagCount.schema.js';
import type { RedLineBreach } from '../../model/redLineBreach.schema.js';
import type { PeriodGrades } from './periodGrades.js';
import type { Observation } from '../../observation/observation.schema.js';
import type { ObservationTable } from '../../observation/observationTable.js';
import { keepObserved, selectFromTable } from '../_engine/selectFromTable.js';
import { selectFromCube } from '../_engine/selectFromCube.js';
import type { ObservationCube } from '../../observation/observationCube.js';
import type { ObservationGrid } from '../_engine/observationGrid.js';
import { gridValue } from '../_engine/observationGrid.js';
import { flagsOf } from '../_engine/cellFlags.js';
import { STATUS_BY_CODE } from '../_engine/statusCodes.js';
import type { Cells } from '../_engine/scoreIndicators.js';
import type { AreaScores } from '../_engine/scoreAreas.js';
import type { Plan } from '../_engine/compilePlan.js';
import { statusCode } from '../_engine/indicatorStatus.js';
import { VERSION } from '../../version.js';
import {
  ASSESSMENT_FORMAT,
  type Assessment,
  type AssessmentCells,
  type AssessmentResults,
  type AssessmentTotals,
  type Diagnostic,
} from './assessment.js';
import { compilePlan } from '../_engine/compilePlan.js';
import { selectObservations } from '../_engine/selectObservations.js';
import { scoreIndicators } from '../_engine/scoreIndicators.js';
import { scoreAreas } from '../_engine/scoreAreas.js';
import { rowAreas } from '../_engine/rowAreas.js';
import { cellScore } from '../_engine/cellScore.js';
import { cellWeight } from '../_engine/cellWeight.js';
import { finishUnits, indicatorPoints, unitResults, unitTotals } from '../_engine/finishUnits.js';
import type { CellFlag } from './assessment.js';
import type { IndicatorProgressStatus } from '../../vocabulary/indicatorProgressStatus.schema.js';
import { fingerprintInputs } from '../_engine/fingerprintInputs.js';
import { localized } from '../_engine/localized.js';
import { missingKernel } from '../missing/missingKernels.js';
import { plainNumber } from '../_engine/plainNumber.js';
import { withoutCoverage } from '../_engine/withoutCoverage.js';
import { warnImputedTotals } from '../_engine/warnImputedTotals.js';
import { unknownIdDiagnostics } from '../_engine/unknownIdDiagnostics.js';
import { strayTally, type StrayTally } from '../_engine/strayTally.js';

/**
 * Options of {@link assess}.
 *
 * @category Scoring
 * @example
 * const options: AssessOptions = { period: '2025', breaches: { nanshan: ['nanshan-forest'] } };
 * assess(framework, observations, options).results[2] //=> { unit: 'nanshan', total: 94.1, grade: 'fail', rank: 3, … }
 */
export interface AssessOptions {
  /** The period to assess, e.g. `2025`. Only observations of exactly this period are scored. */
  period: string;
  /**
   * The units to assess, in any order; default: every unit with an observation in the period. A
   * unit below the scheme's coverage rule (`minCoverage`; default: one observed value) is listed
   * with no total, grade or rank. An id the framework does not declare is an error diagnostic
   * (`unknown_unit`).
   */
  units?: ReadonlyArray<string>;
  /**
   * Unit id → flags that rules can test (e.g. `majorIncident`, `nationalHonour`): a name counts
   * once, `{ flag, count }` that many times (`flagsByUnit` builds this from the units' flags);
   * repeated names add up.
   */
  flags?: Readonly<Record<string, ReadonlyArray<FlagCount>>>;
  /**
   * The grades of earlier periods, for rules across periods (`consecutiveGrade`): one entry per
   * period (`periodGrades` of each earlier assessment). Only the periods just before the assessed
   * one are read; without them such rules do not fire.
   */
  history?: ReadonlyArray<PeriodGrades>;
  /**
   * Unit id → red-line breaches in the period (`breachesByUnit(checkRedLines(…))`): each with its
   * zone, control grade, kinds and losses; a plain zone id meets only conditions without filters.
   */
  breaches?: Readonly<Record<string, ReadonlyArray<RedLineBreach>>>;
  /**
   * How much to build: `full` (when not given) the whole {@link Assessment}, per-cell trace and
   * fingerprint included; `results` an {@link AssessmentResults}, without them; `totals` an
   * {@link AssessmentTotals}, without the per-area results either, for runs that read totals,
   * grades and ranks only. It is not an input of the scores: the fingerprint leaves it out.
   */
  detail?: AssessDetail;
}

/**
 * How much of an assessment {@link assess} builds: `full` (the {@link Assessment}: what the CLI,
 * the widgets and auditors read), `results` (an {@link AssessmentResults}: no per-cell trace and no
 * fingerprint, e.g. for a live re-weighting that shows the areas) or `totals` (an
 * {@link AssessmentTotals}: no per-area results either, the cheapest run, e.g. inside a sensitivity
 * analysis). Each is built by the same engine from the same scores; only what is kept differs.
 *
 * @category Scoring
 * @example
 * const detail: AssessDetail = 'results';
 * assess(framework, observations, { period: '2025', detail }).results[0].rank //=> 1
 */
export type AssessDetail = 'full' | 'results' | 'totals';

/**
 * Scores a framework's units for one period: select each cell's observation → missing-data
 * policy → normalise (the indicator's method, onto 0–100) → weight and aggregate up the area
 * tree (each area its own aggregation; missing children renormalised; minimum-indicator and
 * peer-group rules) → total on the scheme's points → rules in declared order → round once
 * (the scheme's digits and mode) → grade (declared band edges) → competition rank.
 * Pure and deterministic: units and indicators are processed in framework order and sums are
 * compensated, so the same inputs give the same bytes in Node and in browsers, whatever the
 * order of the observations. The framework must be valid (`parseFramework`). Nothing given is
 * dropped without a word: observations of the period naming a unit or indicator the framework does
 * not declare, observations labelled with a part of the period (`2025-Q4` for `2025`) and `units`
 * it does not declare are error diagnostics (`unknown_unit`, `unknown_indicator`, `unassessed_period`).
 *
 * @category Scoring
 * @param framework - A framework that passed `parseFramework`.
 * @param observations - Observations of any periods: objects, an `ObservationTable` (columnar,
 *   one scan of the table per call) or an `ObservationCube` (dense: the fastest, for many units or
 *   runs); only `options.period` is scored.
 * @param options - **period**, and optionally **units**, **flags**, **breaches** and **detail**.
 * @returns The {@link Assessment}, plain JSON with a trace for every number, every property
 *   stored; with `detail: 'results'` an {@link AssessmentResults} (no `cells`, no `fingerprint`);
 *   with `detail: 'totals'` an {@link AssessmentTotals} (no per-area results either).
 * @example
 * const a = assess(framework, observations, { period: '2025' });
 * a.results[0] //=> { unit: 'xihu', total: 98.2, grade: 'excellent', rank: 1, … } (Meixi City, 2025)
 */
export function assess(
  framework: Framework,
  observations: ObservationInput,
  options: AssessOptions & { detail: 'totals' },
): AssessmentTotals;
export function assess(
  framework: Framework,
  observations: ObservationInput,
  options: AssessOptions & { detail: 'results' },
): AssessmentResults;
export function assess(
  framework: Framework,
  observations: ObservationInput,
  options: AssessOptions & { detail?: 'full' },
): Assessment;
export function assess(
  framework: Framework,
  observations: ObservationInput,
  options: AssessOptions,
): Assessment | AssessmentResults | AssessmentTotals;
export function assess(
  framework: Framework,
  observations: ObservationInput,
  options: AssessOptions,
): Assessment | AssessmentResults | AssessmentTotals {
  // `detail` says what to build, not what to score: the options hashed are the others.
  const { detail, ...inputs } = options;
  const plan = compilePlan(framework);
  const { period } = inputs;
  const indicatorIds = plan.indicators.map((i) => i.id);
  const carry = plan.indicatorMissing.map((p) => missingKernel(p).carries);
  // Objects are read once: the pass that selects them also counts what cannot be scored.
  const strays = Array.isArray(observations) ? strayTally(framework, period) : undefined;
  const { unitIds, grid } = select(framework, observations, inputs, indicatorIds, carry, strays);
  const units = unitsOf(framework, unitIds);
  const diagnostics: Diagnostic[] = [
    ...unknownIdDiagnostics(framework, observations, period, options.units, strays),
    ...grid.diagnostics,
  ];
  const rows = rowAreas(plan);
  const cells = scoreIndicators(plan, units, grid, period, rows, diagnostics);
  withoutCoverage(framework.scheme, units, cells, diagnostics);
  const areaScores = scoreAreas(plan, units, cells, diagnostics);
  const totals = finishUnits(framework, plan, units, cells, areaScores, inputs, diagnostics);
  warnImputedTotals(units, cells, totals.total, diagnostics);
  const head = {
    format: ASSESSMENT_FORMAT,
    library: { name: '@eco-reform/core', version: VERSION },
    framework: { id: framework.id, version: framework.version, title: localized(framework.title) },
    scheme: {
      version: framework.scheme.version,
      totalPoints: framework.scheme.totalPoints,
      rounding: framework.scheme.rounding,
      grades: framework.scheme.grades.map((g) => ({
        id: g.id,
        label: localized(g.label),
        min: g.min,
        inclusive: g.inclusive,
      })),
      ...(framework.scheme.rankOn === undefined ? {} : { rankOn: framework.scheme.rankOn }),
    },
    period,
  } as const;
  const unitList = units.map((u) => ({ id: u.id, name: localized(u.name) }));
  const indicators = plan.indicators.map((ind, i) => ({
    id: ind.id,
    title: localized(ind.title),
    area: ind.area,
    method: { ...ind.scoring },
    direction: plan.indicatorDirection[i]!,
    weight: ind.weight ?? ind.points ?? 1,
    missing: plan.indicatorMissing[i]!.policy,
    ...(ind.appliesTo === undefined ? {} : { appliesTo: [...ind.appliesTo] }),
    ...(ind.thresholds === undefined ? {} : { thresholds: { green: ind.thresholds.green, red: ind.thresholds.red } }),
  }));
  const areas = plan.areas.map((a, k) => ({
    id: a.id,
    title: localized(framework.areas[k]!.title),
    parent: a.parent === null ? null : plan.areas[a.parent]!.id,
    aggregation: a.aggregation.method,
    weight: a.weight,
    minIndicators: a.minIndicators,
  }));
  const full = detail ?? 'full';
  if (full === 'totals')
    return { ...head, units: unitList, indicators, areas, results: unitTotals(units, totals), diagnostics };
  const results = unitResults(plan, units, areaScores, totals, framework.scheme.totalPoints);
  switch (full) {
    case 'results':
      return { ...head, units: unitList, indicators, areas, results, diagnostics };
    case 'full':
      return {
        ...head,
        fingerprint: fingerprintInputs(framework, inputs, unitIds, grid),
        units: unitList,
        indicators,
        areas,
        results,
        cells: expandCells(plan, cells, areaScores, framework.scheme.totalPoints),
        diagnostics,
      };
  }
}

/**
 * What {@link assess} reads observations from: objects (`parseObservations`), a columnar
 * `ObservationTable` (`readObservationTableCsv`) or a dense `ObservationCube`.
 *
 * @category Scoring
 * @example
 * const table = readObservationTableCsv(readFileSync('examples/meixi/observations.csv', 'utf8'));
 * if (table.ok) assess(framework, table.value, { period: '2025' }); // same results as with parsed objects
 */
export type ObservationInput = ReadonlyArray<Observation> | ObservationTable | ObservationCube;

const isCube = (x: ObservationInput): x is ObservationCube => !Array.isArray(x) && 'values' in x;
const isTable = (x: ObservationInput): x is ObservationTable => !Array.isArray(x) && 'value' in x;

function select(
  framework: Framework,
  observations: ObservationInput,
  options: AssessOptions,
  indicatorIds: ReadonlyArray<string>,
  carry: ReadonlyArray<boolean>,
  strays: StrayTally | undefined,
): { unitIds: string[]; grid: ObservationGrid } {
  const wanted = options.units ? new Set(options.units) : null;
  const candidates =
    wanted === null
      ? framework.units.map((u) => u.id)
      : framework.units.filter((u) => wanted.has(u.id)).map((u) => u.id);
  if (isCube(observations))
    return selectFromCube(observations, options.period, candidates, wanted === null, indicatorIds, carry);
  if (isTable(observations))
    return selectFromTable(observations, options.period, candidates, wanted === null, indicatorIds, carry);
  // One pass over the objects selects every candidate's cells and notes the units observed.
  const observed = wanted === null ? new Uint8Array(candidates.length) : undefined;
  const grid = selectObservations(observations, options.period, candidates, indicatorIds, carry, observed, strays);
  if (observed === undefined) return { unitIds: candidates, grid };
  const kept = keepObserved(candidates, observed, grid, indicatorIds.length, new Set());
  // A grid without the unobserved rows is a new one: the conflicts found (by unit id) go with it.
  if (kept.grid !== grid) kept.grid.diagnostics.push(...grid.diagnostics);
  return { unitIds: kept.unitIds, grid: kept.grid };
}

/** The framework's units with these ids, in this order (every unit, in framework order, needs no map). */
function unitsOf(framework: Framework, ids: ReadonlyArray<string>): Unit[] {
  const all = framework.units;
  let same = all.length === ids.length;
  for (let k = 0; k < ids.length && same; k++) same = all[k]!.id === ids[k];
  if (same) return all.slice();
  const byId = new Map(all.map((u) => [u.id, u]));
  return ids.map((id) => byId.get(id)!);
}

/**
 * The assessment's cell columns as plain arrays, from the typed working columns; numbers go
 * through {@link plainNumber} (no −0, no ±Infinity).
 */
function expandCells(plan: Plan, cells: Cells, areas: AreaScores, totalPoints: number): AssessmentCells {
  const size = cells.raw.length;
  const m = cells.m;
  const numbers = (at: (cell: number) => number): Array<number | null> => {
    const list = new Array<number | null>(size);
    for (let k = 0; k < size; k++) list[k] = plainNumber(at(k));
    return list;
  };
  const raw = new Array<number | boolean | null>(size);
  for (let k = 0; k < size; k++) {
    const x = gridValue(cells.raw, cells.rawIsBoolean, k);
    raw[k] = typeof x === 'number' ? plainNumber(x) : x;
  }
  const flags = new Array<CellFlag[]>(size);
  for (let k = 0; k < size; k++) flags[k] = flagsOf(cells.flags[k]!);
  // The status judges what was observed in the period, not a value a policy supplied.
  const status = new Array<IndicatorProgressStatus>(size);
  for (let k = 0; k < size; k++) {
    const u = Math.floor(k / m);
    const i = k - u * m;
    status[k] =
      STATUS_BY_CODE[
        statusCode(
          cells.statusPlans[i]!,
          gridValue(cells.raw, cells.rawIsBoolean, k),
          cells.targetOf(u, i),
          cells.plannedOf(u, i),
        )
      ]!;
  }
  const target = new Array<number | boolean | null>(size);
  const planned = new Array<number | boolean | null>(size);
  for (let k = 0; k < size; k++) {
    const u = Math.floor(k / m);
    const i = k - u * m;
    const t = cells.targetOf(u, i);
    target[k] = t === null ? null : plainValue(t);
    const p = cells.plannedOf(u, i);
    planned[k] = p === null ? null : plainValue(p);
  }
  return {
    raw,
    normalized: numbers((k) => cellScore(cells, k)),
    weightUsed: numbers((k) => cellWeight(cells, areas, plan.indicatorArea, k)),
    points: numbers((k) => indicatorPoints(cells, areas, plan.indicatorArea, totalPoints, k)),
    flags,
    status,
    target,
    planned,
  };
}

/** A declared or planned value as plain JSON: booleans as they are, numbers through {@link plainNumber}. */
const plainValue = (v: number | boolean): number | boolean | null => (typeof v === 'boolean' ? v : plainNumber(v));
