import type { Framework } from '../../model/framework.schema.js';
import type { Unit } from '../../model/unit.schema.js';
import type { Diagnostic, RuleFired, UnitResult, UnitTotal } from '../assess/assessment.js';
import type { Plan } from './compilePlan.js';
import type { Cells } from './scoreIndicators.js';
import type { AreaScores } from './scoreAreas.js';
import type { AssessOptions } from '../assess/assess.js';
import { aggregateInto } from './aggregateInto.js';
import { weightedTotals } from './weightedTotals.js';
import { applyRules, type RuleContext } from './applyRules.js';
import { roundDecimal } from '../assess/roundDecimal.js';
import { gradeOf } from '../assess/gradeOf.js';
import { rankCompetition } from '../assess/rankCompetition.js';
import { meetsTarget } from '../assess/meetsTarget.js';
import { constrainGrade } from './constrainGrade.js';
import { applyAcrossUnits } from './applyAcrossUnits.js';
import { gridValue } from './observationGrid.js';
import { FLAG, flagsOf } from './cellFlags.js';
import { plainNumber } from './plainNumber.js';
import { cellScore } from './cellScore.js';
import { cellWeight } from './cellWeight.js';
import { ownValue } from '../../_lib/ownValue.js';
import { missingKernel } from '../missing/missingKernels.js';

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
): UnitTotals {
  const scheme = framework.scheme;
  const totalAggregation = scheme.aggregation ?? { method: 'weightedMean' as const };
  const n = units.length;
  const { weightUsed: areaWeight, additive, effective } = areas;
  const rootIndex = Int32Array.from(plan.roots, (r) => r.index);
  const rootWeights = Float64Array.from(plan.roots, (r) => r.weight);
  // The aggregate of the top-level areas, 0–100 (NaN for none), and whether it is additive.
  const score = new Float64Array(n);
  const additiveTotal = new Uint8Array(n).fill(1);
  if (totalAggregation.method === 'weightedMean' || totalAggregation.method === 'weightedSum') {
    weightedTotals(totalAggregation.method === 'weightedMean', rootIndex, rootWeights, areas, score);
  } else {
    const R = rootIndex.length;
    const rootScores = new Float64Array(R);
    const rootUsed = new Float64Array(R);
    for (let u = 0; u < n; u++) {
      for (let r = 0; r < R; r++) rootScores[r] = areas.score[rootIndex[r]! * n + u]!;
      const agg = aggregateInto(totalAggregation, rootScores, rootWeights, R, rootUsed);
      for (let r = 0; r < R; r++) areaWeight[rootIndex[r]! * n + u] = rootUsed[r]!;
      score[u] = agg.score;
      additiveTotal[u] = agg.additive ? 1 : 0;
    }
  }
  if (missingKernel(scheme.missing).propagates) propagateToTotals(plan, units, areas, score, diagnostics);
  // Each area's share of the total, parents before children, one area column at a time; NaN where
  // a non-additive aggregation on its path breaks the attribution of points.
  const parentsFirst = Int32Array.from(plan.order).reverse();
  for (const k of parentsFirst) {
    const parent = plan.areas[k]!.parent;
    for (let u = 0; u < n; u++) {
      const parentEff = parent === null ? 1 : effective[parent * n + u]!;
      const parentAdditive = parent === null ? additiveTotal[u] === 1 : additive[parent * n + u] === 1;
      const share = areaWeight[k * n + u]!;
      effective[k * n + u] =
        parentEff !== parentEff || share !== share || !parentAdditive ? Number.NaN : parentEff * share;
    }
  }
  const totalPoints = scheme.totalPoints;
  const { digits, mode } = scheme.rounding;
  const total: Array<number | null> = new Array<number | null>(n);
  const unrounded: Array<number | null> = new Array<number | null>(n);
  const grade: Array<string | null> = new Array<string | null>(n);
  const gradeByPoints: Array<string | null> = new Array<string | null>(n);
  const subtotal: Array<number | null> = new Array<number | null>(n);
  const subtotalUnrounded: Array<number | null> = new Array<number | null>(n);
  const fired: RuleFired[][] | null = scheme.rules.length === 0 ? null : new Array<RuleFired[]>(n);
  const groupMax = new Map((scheme.ruleGroups ?? []).map((g) => [g.id, g.max]));
  const anyFailed = cells.failed.size > 0;
  for (let u = 0; u < n; u++) {
    const s = score[u]!;
    const failed = anyFailed && cells.failed.has(u);
    const points = (s / 100) * totalPoints;
    // A total beyond ±1.8e308 (scores far outside 0–100 times huge total points) has no number, and
    // −0 (a score below 0 times total points so small the product underflows) is 0 before any rule
    // records it as its running total.
    const start = failed || s !== s ? null : plainNumber(points);
    subtotalUnrounded[u] = start;
    subtotal[u] = start === null ? null : roundDecimal(start, digits, mode);
    // Without rules nothing can move the total or constrain the grade.
    const outcome =
      fired === null
        ? null
        : applyRules(
            scheme.rules,
            start,
            ruleContext(plan, units[u]!, u, cells, areas, options, totalPoints, groupMax),
          );
    const sum = outcome === null ? start : outcome.total;
    if (s === s && !failed && sum === null) diagnostics.push(outOfRange(units[u]!.id));
    unrounded[u] = sum === null ? null : plainNumber(sum);
    const rounded = sum === null ? null : roundDecimal(sum, digits, mode);
    total[u] = rounded;
    const byPoints = gradeOf(rounded, scheme.grades);
    gradeByPoints[u] = byPoints;
    if (fired === null) grade[u] = byPoints;
    else {
      const constrained = constrainGrade(byPoints, outcome, scheme.grades);
      grade[u] = constrained.grade;
      fired[u] = constrained.fired;
    }
  }
  // Ranked on the published total unless the scheme says the unrounded one (as the SDG Index ranks).
  const rank = rankCompetition(scheme.rankOn === 'totalUnrounded' ? unrounded : total);
  if (fired !== null)
    applyAcrossUnits(scheme.rules, units, { unrounded, rank, grade, fired }, options.period, options.history ?? []);
  if (total.includes(null)) {
    diagnostics.push({
      severity: 'warning',
      code: 'no_total',
      message: { en: 'some units have no total and are not ranked', zh: '部分单位无法计算总分，未参与排名' },
    });
  }
  return { total, unrounded, grade, rank, fired, subtotal, subtotalUnrounded, gradeByPoints };
}

/**
 * The scheme's `propagate`: a unit with a top-level area without a score (one that does not apply to it aside) has no total (`score`
 * `NaN`), no area's share of one (its top-level weights `NaN`, so no points are attributed), and a
 * warning naming the first such area.
 */
function propagateToTotals(
  plan: Plan,
  units: ReadonlyArray<Unit>,
  areas: AreaScores,
  score: Float64Array,
  diagnostics: Diagnostic[],
): void {
  const n = units.length;
  for (let u = 0; u < n; u++) {
    const root = plan.roots.find(
      (r) =>
        areas.score[r.index * n + u]! !== areas.score[r.index * n + u]! &&
        (areas.flags[r.index * n + u]! & FLAG.notApplicable) === 0,
    );
    if (root === undefined) continue;
    score[u] = Number.NaN;
    for (const r of plan.roots) areas.weightUsed[r.index * n + u] = Number.NaN;
    const unit = units[u]!.id;
    const area = plan.areas[root.index]!.id;
    diagnostics.push({
      severity: 'warning',
      code: 'missing_propagated',
      unit,
      area,
      message: {
        en: `${unit} has no total: area ${area} has no score, and the scheme's missing-data policy is "propagate"`,
        zh: `${unit} 无总分：领域 ${area} 无得分，且考核办法的缺失处理规则为“向上传递”`,
      },
    });
  }
}

/** The diagnostic for a unit whose total (or a rule's change to it) lies beyond ±1.8e308. */
function outOfRange(unit: string): Diagnostic {
  return {
    severity: 'error',
    code: 'total_out_of_range',
    unit,
    message: {
      en: `${unit}'s total is beyond the range of numbers (±1.8e308), so it has none: check the scores far outside 0–100 and the total points`,
      zh: `${unit} 的总分超出数值范围（±1.8e308），无法计算：请检查远超 0–100 的得分及总分值`,
    },
  };
}

/**
 * Each unit's total, unrounded total, grade, rank and fired rules, by unit index: what scoring
 * decides. The per-unit result objects, with their area trees, are built from these and the
 * area columns by {@link unitResults} when the assessment's `results` are read.
 */
export interface UnitTotals {
  total: Array<number | null>;
  unrounded: Array<number | null>;
  grade: Array<string | null>;
  rank: Array<number | null>;
  /** `null` when the scheme has no rules. */
  fired: RuleFired[][] | null;
  /** Before any rule: the areas' points, rounded as the scheme says and unrounded. */
  subtotal: Array<number | null>;
  subtotalUnrounded: Array<number | null>;
  /** The grade the rounded total reaches by the band edges alone. */
  gradeByPoints: Array<string | null>;
}

/**
 * Each unit's totals, grade, rank, subtotal, grade by points and rules, without the per-area
 * results: what `assess(…, { detail: 'totals' })` keeps. The same values `unitResults` stores.
 */
export function unitTotals(units: ReadonlyArray<Unit>, totals: UnitTotals): UnitTotal[] {
  const n = units.length;
  const out: UnitTotal[] = new Array<UnitTotal>(n);
  for (let u = 0; u < n; u++) {
    out[u] = {
      unit: units[u]!.id,
      total: totals.total[u]!,
      totalUnrounded: totals.unrounded[u]!,
      grade: totals.grade[u]!,
      rank: totals.rank[u] ?? null,
      rules: totals.fired === null ? [] : totals.fired[u]!,
      subtotal: totals.subtotal[u]!,
      subtotalUnrounded: totals.subtotalUnrounded[u]!,
      gradeByPoints: totals.gradeByPoints[u]!,
    };
  }
  return out;
}

/**
 * The assessment's `results`: one object per unit with its area tree, from the columns. Every
 * caller reads these, so they are built in preallocated arrays, each object in one literal.
 */
export function unitResults(
  plan: Plan,
  units: ReadonlyArray<Unit>,
  areas: AreaScores,
  totals: UnitTotals,
  totalPoints: number,
): UnitResult[] {
  const n = units.length;
  const A = plan.areas.length;
  const { score: areaScore, weightUsed: areaWeight, flags: areaFlags, effective } = areas;
  const areaIds = plan.areas.map((a) => a.id);
  const out: UnitResult[] = new Array<UnitResult>(n);
  for (let u = 0; u < n; u++) {
    const areaResults: UnitResult['areas'] = new Array(A);
    for (let k = 0; k < A; k++) {
      const score = plainNumber(areaScore[k * n + u]!);
      const eff = effective[k * n + u]!;
      areaResults[k] = {
        area: areaIds[k]!,
        score,
        weightUsed: plainNumber(areaWeight[k * n + u]!),
        points: score === null || eff !== eff ? null : plainNumber((score / 100) * eff * totalPoints),
        flags: flagsOf(areaFlags[k * n + u]!),
      };
    }
    out[u] = {
      unit: units[u]!.id,
      total: totals.total[u]!,
      totalUnrounded: totals.unrounded[u]!,
      grade: totals.grade[u]!,
      rank: totals.rank[u] ?? null,
      areas: areaResults,
      rules: totals.fired === null ? [] : totals.fired[u]!,
      subtotal: totals.subtotal[u]!,
      subtotalUnrounded: totals.subtotalUnrounded[u]!,
      gradeByPoints: totals.gradeByPoints[u]!,
    };
  }
  return out;
}

function ruleContext(
  plan: Plan,
  unit: Unit,
  u: number,
  cells: Cells,
  areas: AreaScores,
  options: AssessOptions,
  totalPoints: number,
  groupMax: ReadonlyMap<string, number>,
): RuleContext {
  const targetMet = new Map<string, boolean>();
  const bindingUnmet: string[] = [];
  plan.indicators.forEach((ind, i) => {
    const cell = u * cells.m + i;
    const raw = gridValue(cells.raw, cells.rawIsBoolean, cell);
    const target = cells.targetOf(u, i);
    // No target (a relative method): nothing to meet, so no rule reads it as met or unmet.
    if (raw === null || target === null || ind.target === undefined) return;
    const met = meetsTarget(raw, target, ind.target.comparator);
    targetMet.set(ind.id, met);
    if (!met && ind.attribute === 'binding') bindingUnmet.push(ind.id);
  });
  const flags = new Map<string, number>();
  for (const f of ownValue(options.flags, unit.id) ?? []) {
    const [flag, count] = typeof f === 'string' ? [f, 1] : [f.flag, f.count];
    flags.set(flag, (flags.get(flag) ?? 0) + count);
  }
  return {
    unitTags: unit.tags,
    flags,
    breaches: ownValue(options.breaches, unit.id) ?? [],
    targetMet,
    bindingUnmet,
    areaScores: new Map(plan.areas.map((a, k) => [a.id, plainNumber(areas.score[k * areas.n + u]!)])),
    totalPoints,
    names: plan.names,
    groupMax,
  };
}

/**
 * An indicator cell's points: its 0–100 score × its weight within the area × the area's share of the
 * total × total points / 100; `NaN` when any of these is missing or the area's own aggregation is
 * not additive for the unit.
 */
export function indicatorPoints(
  cells: Cells,
  areas: AreaScores,
  indicatorArea: ReadonlyArray<number>,
  totalPoints: number,
  cell: number,
): number {
  const u = Math.floor(cell / cells.m);
  const a = indicatorArea[cell % cells.m]!;
  const eff = areas.effective[a * areas.n + u]!;
  const s = cellScore(cells, cell);
  const w = cellWeight(cells, areas, indicatorArea, cell);
  return s !== s || w !== w || eff !== eff || areas.additive[a * areas.n + u] === 0
    ? Number.NaN
    : (s / 100) * w * eff * totalPoints;
}
