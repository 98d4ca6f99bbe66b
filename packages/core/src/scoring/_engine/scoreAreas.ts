import type { Unit } from '../../model/unit.schema.js';
import type { Diagnostic } from '../assess/assessment.js';
import type { Plan } from './compilePlan.js';
import type { Cells } from './scoreIndicators.js';
import { aggregateInto } from './aggregateInto.js';
import { aggregateRowAreas } from './aggregateRowAreas.js';
import { missingKernel } from '../missing/missingKernels.js';
import { FLAG, raise } from './cellFlags.js';
import { cellScore } from './cellScore.js';

/**
 * Per area × unit results at `a * n + u`, in typed arrays (`NaN` for none; flags as bits).
 */
export interface AreaScores {
  n: number;
  score: Float64Array;
  /** The area's share within its parent (or of the total, for top-level areas). */
  weightUsed: Float64Array;
  /** 1 where the area's own aggregation is additive for this unit. */
  additive: Uint8Array;
  flags: Uint8Array;
  /** The area's share of the unit's total (filled when totals are made; `NaN` where points cannot be attributed). */
  effective: Float64Array;
  /** For row areas: what the unit's child weights are divided by (see `cellWeight`); `NaN` when nothing. */
  divisor: Float64Array;
  /** For row areas whose score took the scaled fallback (divisor `NaN`), at `a * n + u`: the children's weights used. */
  scaled: Map<number, Float64Array>;
}

/**
 * Aggregates indicators into areas, children before parents. An area with fewer present
 * indicators than its `minIndicators` counts as missing, and so does an area under `propagate`
 * with any child (indicator or sub-area) without a score, not counting the children that do not
 * apply to the unit; an area none of whose children applies is not applicable itself, with no score
 * and no policy; a missing area then follows its
 * missing-data policy (the peer-group mean is the mean of that area's score over the units of
 * the same group that have it, as the SDG Index imputes a goal by region). The row areas (`cells.rows`)
 * are scored first, all in one pass along the rows: they depend on no other area, and their
 * missing-data policies are still applied in plan order, so diagnostics keep their order.
 */
export function scoreAreas(
  plan: Plan,
  units: ReadonlyArray<Unit>,
  cells: Cells,
  diagnostics: Diagnostic[],
): AreaScores {
  const n = units.length;
  const A = plan.areas.length;
  const m = cells.m;
  const out: AreaScores = {
    n,
    score: new Float64Array(A * n).fill(Number.NaN),
    weightUsed: new Float64Array(A * n).fill(Number.NaN),
    additive: new Uint8Array(A * n).fill(1),
    flags: new Uint8Array(A * n),
    effective: new Float64Array(A * n).fill(Number.NaN),
    divisor: new Float64Array(A * n).fill(Number.NaN),
    scaled: new Map(),
  };
  const { normalized, flags: cellFlags, weightUsed: cellWeight } = cells;
  const { score, weightUsed, additive, flags } = out;
  aggregateRowAreas(cells, out);
  for (const a of plan.order) {
    if (cells.rows.isRowArea[a] === 1) {
      imputeArea(a, plan, units, out, diagnostics, cells);
      continue;
    }
    const area = plan.areas[a]!;
    const k = area.children.length;
    const kinds = Uint8Array.from(area.children, (c) => (c.kind === 'indicator' ? 1 : 0));
    const index = Int32Array.from(area.children, (c) => c.index);
    const ws = Float64Array.from(area.children, (c) => c.weight);
    const xs = new Float64Array(k);
    const used = new Float64Array(k);
    const min = area.minIndicators;
    const propagates = missingKernel(area.missing).propagates;
    const onlyIndicators = kinds.every((x) => x === 1);
    for (let u = 0; u < n; u++) {
      let present = 0;
      // Children with a score, indicators and sub-areas alike (what `propagate` asks of all).
      let scored = 0;
      // Children that do not apply to the unit.
      let skipped = 0;
      if (onlyIndicators) {
        const row = u * m;
        for (let c = 0; c < k; c++) {
          const x = normalized[row + index[c]!]!;
          xs[c] = x;
          if (x === x) present++;
          else if ((cellFlags[row + index[c]!]! & FLAG.notApplicable) !== 0) skipped++;
        }
        scored = present;
      } else {
        for (let c = 0; c < k; c++) {
          const at = kinds[c] === 1 ? u * m + index[c]! : index[c]! * n + u;
          const x = kinds[c] === 1 ? normalized[at]! : score[at]!;
          xs[c] = x;
          if (x === x) {
            scored++;
            if (kinds[c] === 1) present++;
          } else if (((kinds[c] === 1 ? cellFlags[at]! : flags[at]!) & FLAG.notApplicable) !== 0) skipped++;
        }
      }
      if (skipped !== 0 && skipped === k) {
        // No child applies to the unit: neither does the area (no score, and no policy for it).
        raise(flags, a * n + u, FLAG.notApplicable);
        continue;
      }
      if ((min !== null && present < min) || (propagates && scored + skipped < k)) {
        raise(flags, a * n + u, FLAG.missing);
        for (let c = 0; c < k; c++)
          if (kinds[c] === 1 && xs[c] === xs[c]) raise(cellFlags, u * m + index[c]!, FLAG.excluded);
        continue;
      }
      const agg = aggregateInto(area.aggregation, xs, ws, k, used);
      const s = agg.score;
      additive[a * n + u] = agg.additive ? 1 : 0;
      score[a * n + u] = s;
      if (onlyIndicators) {
        const row = u * m;
        for (let c = 0; c < k; c++) cellWeight[row + index[c]!] = used[c]!;
      } else {
        for (let c = 0; c < k; c++) {
          if (kinds[c] === 1) cellWeight[u * m + index[c]!] = used[c]!;
          else weightUsed[index[c]! * n + u] = used[c]!;
        }
      }
      if (s !== s) raise(flags, a * n + u, FLAG.missing);
    }
    imputeArea(a, plan, units, out, diagnostics, cells);
  }
  return out;
}

function imputeArea(
  a: number,
  plan: Plan,
  units: ReadonlyArray<Unit>,
  out: AreaScores,
  diagnostics: Diagnostic[],
  cells: Cells,
): void {
  const area = plan.areas[a]!;
  const policy = area.missing;
  const n = units.length;
  const column = out.score.subarray(a * n, (a + 1) * n);
  let complete = true;
  for (let u = 0; u < n && complete; u++) complete = column[u] === column[u];
  if (complete) return;
  const missing = missingKernel(policy);
  const impute = missing.imputer(policy, units, column);
  for (let u = 0; u < n; u++) {
    if (column[u] === column[u] || (out.flags[a * n + u]! & FLAG.notApplicable) !== 0) continue;
    if (missing.propagates) {
      diagnostics.push(propagated(units[u]!.id, area.id, unscoredChild(plan, a, u, out, cells)));
      continue;
    }
    if (missing.fails) {
      cells.failed.add(u);
      diagnostics.push({
        severity: 'error',
        code: 'missing_area',
        unit: units[u]!.id,
        area: area.id,
        message: {
          en: `${units[u]!.id} has no score for area ${area.id}`,
          zh: `${units[u]!.id} 的领域 ${area.id} 无法计分`,
        },
      });
      continue;
    }
    const value = impute(u);
    if (value === value) {
      column[u] = value;
      raise(out.flags, a * n + u, FLAG.imputed);
    }
  }
}

/** The id of the first child of area `a` without a score for unit `u`, if any (the reason it propagated). */
function unscoredChild(plan: Plan, a: number, u: number, out: AreaScores, cells: Cells): string | undefined {
  for (const c of plan.areas[a]!.children) {
    const at = c.kind === 'indicator' ? u * cells.m + c.index : c.index * out.n + u;
    const x = c.kind === 'indicator' ? cellScore(cells, at) : out.score[at]!;
    const na = ((c.kind === 'indicator' ? cells.flags[at]! : out.flags[at]!) & FLAG.notApplicable) !== 0;
    if (x !== x && !na) return c.kind === 'indicator' ? plan.indicators[c.index]!.id : plan.areas[c.index]!.id;
  }
  return undefined;
}

/** The diagnostic of an area left without a score by its `propagate` policy, naming the child that had none. */
function propagated(unit: string, area: string, child: string | undefined): Diagnostic {
  return {
    severity: 'info',
    code: 'missing_propagated',
    unit,
    area,
    message:
      child === undefined
        ? {
            en: `${unit} has no score for area ${area}, and its missing-data policy is "propagate"`,
            zh: `${unit} 的领域 ${area} 无得分，且缺失处理规则为“向上传递”`,
          }
        : {
            en: `${unit} has no score for area ${area}: ${child} has none, and the area's missing-data policy is "propagate"`,
            zh: `${unit} 的领域 ${area} 无得分：${child} 无得分，且该领域缺失处理规则为“向上传递”`,
          },
  };
}
