import type { Framework } from '../../model/framework.schema.js';
import type { Unit } from '../../model/unit.schema.js';
import type { Diagnostic, UnitResult } from './assessment.js';
import type { Plan } from './compilePlan.js';
import type { Cells } from './scoreIndicators.js';
import type { AreaScores } from './scoreAreas.js';
import type { AssessOptions } from './assess.js';
import { aggregateInto } from './aggregateInto.js';
import { applyRules, type RuleContext } from './applyRules.js';
import { roundDecimal } from './roundDecimal.js';
import { gradeOf } from './gradeOf.js';
import { rankCompetition } from './rankCompetition.js';
import { meetsTarget } from './meetsTarget.js';
import { constrainGrade } from './constrainGrade.js';
import { gridValue } from './observationGrid.js';
import { flagsOf } from './cellFlags.js';

const orNull = (x: number): number | null => (x !== x ? null : x);

/**
 * Totals, area points, rules, rounding, grades and ranks. Points are attributed top-down: an area's
 * points are its score × its effective weight (its share of the total, kept in `areas.effective`)
 * × total points / 100, as long as every aggregation on its path is additive (otherwise `null`);
 * an indicator's points follow from its area's the same way when the trace is read ({@link indicatorPoints}).
 */
export function finishUnits(
  framework: Framework,
  plan: Plan,
  units: ReadonlyArray<Unit>,
  cells: Cells,
  areas: AreaScores,
  options: AssessOptions,
  diagnostics: Diagnostic[],
): UnitResult[] {
  const scheme = framework.scheme;
  const totalAggregation = scheme.aggregation ?? { method: 'weightedMean' as const };
  const n = units.length;
  const m = cells.m;
  const A = plan.areas.length;
  const R = plan.roots.length;
  const rootScores = new Float64Array(R);
  const rootWeights = Float64Array.from(plan.roots, (r) => r.weight);
  const rootUsed = new Float64Array(R);
  const results: UnitResult[] = new Array<UnitResult>(n);
  const { score: areaScore, weightUsed: areaWeight, additive, flags: areaFlags, effective } = areas;
  const rootIndex = Int32Array.from(plan.roots, (r) => r.index);
  const parentsFirst = plan.order.slice().reverse();
  const parentOf = Int32Array.from(plan.areas, (a) => (a.parent === null ? -1 : a.parent));
  const totalPoints = scheme.totalPoints;
  for (let u = 0; u < n; u++) {
    const unit = units[u]!;
    for (let r = 0; r < R; r++) rootScores[r] = areaScore[rootIndex[r]! * n + u]!;
    const agg = aggregateInto(totalAggregation, rootScores, rootWeights, R, rootUsed);
    for (let r = 0; r < R; r++) areaWeight[rootIndex[r]! * n + u] = rootUsed[r]!;
    // Each area's share of the total, parents before children; NaN where a non-additive
    // aggregation on its path breaks the attribution of points.
    for (const k of parentsFirst) {
      const parent = parentOf[k]!;
      const parentEff = parent < 0 ? 1 : effective[parent * n + u]!;
      const parentAdditive = parent < 0 ? agg.additive : additive[parent * n + u] === 1;
      const share = areaWeight[k * n + u]!;
      effective[k * n + u] = parentEff !== parentEff || share !== share || !parentAdditive ? Number.NaN : parentEff * share;
    }
    const areaResults: UnitResult['areas'] = new Array(A);
    for (let k = 0; k < A; k++) {
      const score = orNull(areaScore[k * n + u]!);
      const eff = effective[k * n + u]!;
      areaResults[k] = {
        area: plan.areas[k]!.id,
        score,
        weightUsed: orNull(areaWeight[k * n + u]!),
        points: score === null || eff !== eff ? null : (score / 100) * eff * totalPoints,
        flags: flagsOf(areaFlags[k * n + u]!),
      };
    }
    const start = cells.failed.has(u) || agg.score !== agg.score ? null : (agg.score / 100) * totalPoints;
    // Without rules nothing can move the total or constrain the grade.
    const outcome = scheme.rules.length === 0 ? null : applyRules(scheme.rules, start, ruleContext(plan, unit, u, cells, areas, options, totalPoints));
    const unrounded = outcome === null ? start : outcome.total;
    const total = unrounded === null ? null : roundDecimal(unrounded, scheme.rounding.digits, scheme.rounding.mode);
    const grade = outcome === null ? gradeOf(total, scheme.grades) : constrainGrade(gradeOf(total, scheme.grades), outcome, scheme.grades);
    results[u] = { unit: unit.id, total, totalUnrounded: unrounded, grade, rank: null, areas: areaResults, rules: outcome === null ? [] : outcome.fired };
  }
  const ranks = rankCompetition(results.map((r) => r.total));
  results.forEach((r, u) => (r.rank = ranks[u] ?? null));
  if (results.some((r) => r.total === null)) {
    diagnostics.push({
      severity: 'warning', code: 'no_total',
      message: { en: 'some units have no total and are not ranked', zh: '部分单位无法计算总分，未参与排名' },
    });
  }
  return results;
}

function ruleContext(plan: Plan, unit: Unit, u: number, cells: Cells, areas: AreaScores, options: AssessOptions, totalPoints: number): RuleContext {
  const targetMet = new Map<string, boolean>();
  const bindingUnmet: string[] = [];
  plan.indicators.forEach((ind, i) => {
    const cell = u * cells.m + i;
    const raw = gridValue(cells.raw, cells.rawIsBoolean, cell);
    if (raw === null) return;
    const met = meetsTarget(raw, cells.targetOf(u, i), ind.target.comparator);
    targetMet.set(ind.id, met);
    if (!met && ind.attribute === 'binding') bindingUnmet.push(ind.id);
  });
  return {
    unitTags: unit.tags,
    flags: options.flags?.[unit.id] ?? [],
    breaches: options.breaches?.[unit.id] ?? [],
    targetMet,
    bindingUnmet,
    areaScores: new Map(plan.areas.map((a, k) => [a.id, orNull(areas.score[k * areas.n + u]!)])),
    totalPoints,
  };
}

/**
 * An indicator cell's points: its 0–100 score × its weight within the area × the area's share of the
 * total × total points / 100; `NaN` when any of these is missing or the area's own aggregation is
 * not additive for the unit.
 */
export function indicatorPoints(cells: Cells, areas: AreaScores, indicatorArea: ReadonlyArray<number>, totalPoints: number, cell: number): number {
  const u = Math.floor(cell / cells.m);
  const a = indicatorArea[cell % cells.m]!;
  const eff = areas.effective[a * areas.n + u]!;
  const s = cells.normalized[cell]!;
  const w = cells.weightUsed[cell]!;
  return s !== s || w !== w || eff !== eff || areas.additive[a * areas.n + u] === 0 ? Number.NaN : (s / 100) * w * eff * totalPoints;
}
