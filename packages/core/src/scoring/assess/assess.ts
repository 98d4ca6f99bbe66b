import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';
import type { ObservationTable } from '../../observation/observationTable.js';
import { selectFromTable } from './selectFromTable.js';
import { VERSION } from '../../version.js';
import { ASSESSMENT_FORMAT, type Assessment, type CellFlag, type Diagnostic } from './assessment.js';
import { compilePlan } from './compilePlan.js';
import { selectObservations } from './selectObservations.js';
import { scoreIndicators } from './scoreIndicators.js';
import { scoreAreas } from './scoreAreas.js';
import { finishUnits } from './finishUnits.js';
import { fingerprintInputs } from './fingerprintInputs.js';
import { localized } from './localized.js';

/** Options of {@link assess}. */
export interface AssessOptions {
  /** The period to assess, e.g. `2025`. Only observations of exactly this period are scored. */
  period: string;
  /** The units to assess, in any order; default: every unit with an observation in the period. */
  units?: ReadonlyArray<string>;
  /** Unit id → flags that rules can test (e.g. `majorIncident`, `nationalHonour`). */
  flags?: Readonly<Record<string, ReadonlyArray<string>>>;
  /** Unit id → red-line zones breached in the period (from `checkRedLines`). */
  breaches?: Readonly<Record<string, ReadonlyArray<string>>>;
}

/**
 * Scores a framework's units for one period: select each cell's observation → missing-data
 * policy → normalise (the indicator's method, onto 0–100) → weight and aggregate up the area
 * tree (each area its own aggregation; missing children renormalised; minimum-indicator and
 * peer-group rules) → total on the scheme's points → rules in declared order → round once
 * (the scheme's digits and mode) → grade (declared band edges) → competition rank.
 * Pure and deterministic: units and indicators are processed in framework order and sums are
 * compensated, so the same inputs give the same bytes in Node and in browsers, whatever the
 * order of the observations. The framework must be valid (`parseFramework`).
 *
 * @category Scoring
 * @param framework - A framework that passed `parseFramework`.
 * @param observations - Observations of any periods (objects, or an `ObservationTable` for bulk
 *   data: the fast path); only `options.period` is scored.
 * @param options - **period**, and optionally **units**, **flags**, **breaches**.
 * @returns The {@link Assessment}, plain JSON with a trace for every number.
 * @example
 * const a = assess(framework, observations, { period: '2025' });
 * a.results[0] //=> { unit: 'd-east', total: 86.4, grade: 'good', rank: 2, … }
 */
export function assess(framework: Framework, observations: ReadonlyArray<Observation> | ObservationTable, options: AssessOptions): Assessment {
  const plan = compilePlan(framework);
  const { period } = options;
  const unitIds = selectUnits(framework, observations, options);
  const unitById = new Map(framework.units.map((u) => [u.id, u]));
  const units = unitIds.map((id) => unitById.get(id)!);
  const indicatorIds = plan.indicators.map((i) => i.id);
  const carry = plan.indicatorMissing.map((p) => p.policy === 'carryForward');
  const grid = isTable(observations)
    ? selectFromTable(observations, period, unitIds, indicatorIds, carry)
    : selectObservations(observations, period, unitIds, indicatorIds, carry);
  const diagnostics: Diagnostic[] = [...grid.diagnostics];
  const cells = scoreIndicators(plan, units, grid, period, diagnostics);
  const areaScores = scoreAreas(plan, units, cells, diagnostics);
  const results = finishUnits(framework, plan, units, cells, areaScores, options, diagnostics);
  return {
    format: ASSESSMENT_FORMAT,
    library: { name: '@eco-reform/core', version: VERSION },
    framework: { id: framework.id, version: framework.version, title: localized(framework.title) },
    scheme: {
      version: framework.scheme.version,
      totalPoints: framework.scheme.totalPoints,
      rounding: framework.scheme.rounding,
      grades: framework.scheme.grades.map((g) => ({ id: g.id, label: localized(g.label), min: g.min, inclusive: g.inclusive })),
    },
    period,
    fingerprint: fingerprintInputs(framework, options, unitIds, grid),
    units: units.map((u) => ({ id: u.id, name: localized(u.name) })),
    indicators: plan.indicators.map((ind, i) => ({
      id: ind.id, title: localized(ind.title), area: ind.area, method: { ...ind.scoring },
      direction: plan.indicatorDirection[i]!, weight: ind.weight ?? ind.points ?? 1, missing: plan.indicatorMissing[i]!.policy,
    })),
    areas: plan.areas.map((a, k) => ({
      id: a.id, title: localized(framework.areas[k]!.title), parent: a.parent === null ? null : plan.areas[a.parent]!.id,
      aggregation: a.aggregation.method, weight: a.weight, minIndicators: a.minIndicators,
    })),
    results,
    cells: {
      raw: cells.raw, normalized: cells.normalized, weightUsed: cells.weightUsed, points: cells.points,
      flags: cells.flags.map((f: CellFlag[]) => (f.length === 0 ? [] : f)), status: cells.status,
    },
    diagnostics,
  };
}

function isTable(x: ReadonlyArray<Observation> | ObservationTable): x is ObservationTable {
  return !Array.isArray(x);
}

function selectUnits(framework: Framework, observations: ReadonlyArray<Observation> | ObservationTable, options: AssessOptions): string[] {
  if (options.units) {
    const wanted = new Set(options.units);
    return framework.units.filter((u) => wanted.has(u.id)).map((u) => u.id);
  }
  const indicators = new Set(framework.indicators.map((i) => i.id));
  const observed = new Set<string>();
  if (isTable(observations)) {
    const p = observations.periods.indexOf(options.period);
    const known = observations.indicators.map((id) => indicators.has(id));
    for (let r = 0; r < observations.value.length; r++) {
      if (observations.period[r] === p && known[observations.indicator[r]!]) observed.add(observations.units[observations.unit[r]!]!);
    }
  } else {
    for (const o of observations) if (o.period === options.period && indicators.has(o.indicator)) observed.add(o.unit);
  }
  return framework.units.filter((u) => observed.has(u.id)).map((u) => u.id);
}
