import type { Framework } from '../../model/framework.schema.js';
import type { Unit } from '../../model/unit.schema.js';
import type { Diagnostic, UnitResult } from './assessment.js';
import type { Plan } from './compilePlan.js';
import type { Cells } from './scoreIndicators.js';
import type { AreaScores } from './scoreAreas.js';
import type { AssessOptions } from './assess.js';
import { aggregateChildren } from './aggregateChildren.js';
import { applyRules } from './applyRules.js';
import { roundDecimal } from './roundDecimal.js';
import { gradeOf } from './gradeOf.js';
import { rankCompetition } from './rankCompetition.js';
import { meetsTarget } from './meetsTarget.js';
import { constrainGrade } from './constrainGrade.js';

/**
 * Totals, points, rules, rounding, grades and ranks. Points are attributed top-down: an area's
 * points are its score × its effective weight × total points / 100, and an indicator's likewise
 * within its area, as long as every aggregation on its path is additive (otherwise `null`).
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
  const results: UnitResult[] = units.map((unit, u) => {
    const rootScores = plan.roots.map((r) => areas.score[r.index]![u]!);
    const agg = aggregateChildren(rootScores, plan.roots.map((r) => r.weight), totalAggregation);
    plan.roots.forEach((r, k) => (areas.weightUsed[r.index]![u] = agg.weightUsed[k] ?? null));
    const effective = effectiveWeights(plan, areas, u, agg.additive);
    const areaResults = plan.areas.map((a, k) => {
      const score = areas.score[k]![u]!;
      const eff = effective[k]!;
      return {
        area: a.id,
        score,
        weightUsed: areas.weightUsed[k]![u]!,
        points: score === null || eff === null ? null : (score / 100) * eff * scheme.totalPoints,
        flags: areas.flags[k]![u]!.slice(),
      };
    });
    plan.indicators.forEach((ind, i) => {
      const cell = u * cells.m + i;
      const a = plan.indicatorArea[i]!;
      const eff = effective[a] ?? null;
      const s = cells.normalized[cell] ?? null;
      const w = cells.weightUsed[cell] ?? null;
      cells.points[cell] = s === null || w === null || eff === null || !areas.additive[a]![u] ? null : (s / 100) * w * eff * scheme.totalPoints;
    });
    const start = cells.failed.has(u) || agg.score === null ? null : (agg.score / 100) * scheme.totalPoints;
    const targetMet = new Map<string, boolean>();
    const bindingUnmet: string[] = [];
    plan.indicators.forEach((ind, i) => {
      const raw = cells.raw[u * cells.m + i] ?? null;
      if (raw === null) return;
      const met = meetsTarget(raw, cells.targets[u * cells.m + i]!, ind.target.comparator);
      targetMet.set(ind.id, met);
      if (!met && ind.attribute === 'binding') bindingUnmet.push(ind.id);
    });
    const outcome = applyRules(scheme.rules, start, {
      unitTags: unit.tags,
      flags: options.flags?.[unit.id] ?? [],
      breaches: options.breaches?.[unit.id] ?? [],
      targetMet,
      bindingUnmet,
      areaScores: new Map(plan.areas.map((a, k) => [a.id, areas.score[k]![u]!])),
      totalPoints: scheme.totalPoints,
    });
    const total = outcome.total === null ? null : roundDecimal(outcome.total, scheme.rounding.digits, scheme.rounding.mode);
    const grade = constrainGrade(gradeOf(total, scheme.grades), outcome, scheme.grades);
    return { unit: unit.id, total, totalUnrounded: outcome.total, grade, rank: null, areas: areaResults, rules: outcome.fired };
  });
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

function effectiveWeights(plan: Plan, areas: AreaScores, u: number, rootAdditive: boolean): Array<number | null> {
  const eff = new Array<number | null>(plan.areas.length).fill(null);
  const visit = (k: number, parentEff: number | null, additive: boolean): void => {
    const share = areas.weightUsed[k]![u]!;
    eff[k] = parentEff === null || share === null || !additive ? null : parentEff * share;
    for (const c of plan.areas[k]!.children) if (c.kind === 'area') visit(c.index, eff[k]!, areas.additive[k]![u]!);
  };
  for (const r of plan.roots) visit(r.index, 1, rootAdditive);
  return eff;
}
