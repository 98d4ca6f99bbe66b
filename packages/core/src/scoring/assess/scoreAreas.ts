import type { Unit } from '../../model/unit.schema.js';
import type { CellFlag, Diagnostic } from './assessment.js';
import type { Plan } from './compilePlan.js';
import { flag, type Cells } from './scoreIndicators.js';
import { aggregateChildren } from './aggregateChildren.js';
import { groupMeans, peerGroups } from './peerGroups.js';

/** Per area × unit results, indexed `[area][unit]`. */
export interface AreaScores {
  score: Array<Array<number | null>>;
  /** The area's share within its parent (or of the total, for top-level areas). */
  weightUsed: Array<Array<number | null>>;
  /** Whether the area's own aggregation is additive for this unit. */
  additive: boolean[][];
  flags: CellFlag[][][];
}

/**
 * Aggregates indicators into areas, children before parents. An area with fewer present
 * indicators than its `minIndicators` counts as missing; a missing area then follows its
 * missing-data policy (the peer-group mean is the mean of that area's score over the units of
 * the same group that have it, as the SDG Index imputes a goal by region).
 */
export function scoreAreas(plan: Plan, units: ReadonlyArray<Unit>, cells: Cells, diagnostics: Diagnostic[]): AreaScores {
  const n = units.length;
  const A = plan.areas.length;
  const out: AreaScores = {
    score: Array.from({ length: A }, () => new Array<number | null>(n).fill(null)),
    weightUsed: Array.from({ length: A }, () => new Array<number | null>(n).fill(null)),
    additive: Array.from({ length: A }, () => new Array<boolean>(n).fill(true)),
    flags: Array.from({ length: A }, () => Array.from({ length: n }, () => [] as CellFlag[])),
  };
  for (const a of plan.order) {
    const area = plan.areas[a]!;
    const weights = area.children.map((c) => c.weight);
    for (let u = 0; u < n; u++) {
      const scores = area.children.map((c) =>
        c.kind === 'indicator' ? (cells.normalized[u * cells.m + c.index] ?? null) : out.score[c.index]![u]!,
      );
      const present = area.children.filter((c, k) => c.kind === 'indicator' && scores[k] !== null).length;
      if (area.minIndicators !== null && present < area.minIndicators) {
        out.flags[a]![u]!.push('missing');
        area.children.forEach((c, k) => {
          if (c.kind === 'indicator' && scores[k] !== null) flag(cells, u * cells.m + c.index, 'excluded');
        });
        continue;
      }
      const agg = aggregateChildren(scores, weights, area.aggregation);
      out.score[a]![u] = agg.score;
      out.additive[a]![u] = agg.additive;
      area.children.forEach((c, k) => {
        if (c.kind === 'indicator') cells.weightUsed[u * cells.m + c.index] = agg.weightUsed[k] ?? null;
        else out.weightUsed[c.index]![u] = agg.weightUsed[k] ?? null;
      });
      if (agg.score === null) out.flags[a]![u]!.push('missing');
    }
    imputeArea(a, plan, units, out, diagnostics, cells);
  }
  return out;
}

function imputeArea(a: number, plan: Plan, units: ReadonlyArray<Unit>, out: AreaScores, diagnostics: Diagnostic[], cells: Cells): void {
  const area = plan.areas[a]!;
  const policy = area.missing;
  const column = out.score[a]!;
  const groups = policy.policy === 'peerMean' ? peerGroups(units, policy.tag) : null;
  const means = groups ? groupMeans(column, groups) : null;
  for (let u = 0; u < units.length; u++) {
    if (column[u] !== null) continue;
    let value: number | null = null;
    switch (policy.policy) {
      case 'peerMean': {
        const g = groups![u];
        value = g === null || g === undefined ? null : (means!.get(g) ?? null);
        break;
      }
      case 'floor': value = policy.value; break;
      case 'zero': value = 0; break;
      case 'exclude': case 'carryForward': break;
      case 'error':
        cells.failed.add(u);
        diagnostics.push({
          severity: 'error', code: 'missing_area', unit: units[u]!.id, area: area.id,
          message: { en: `${units[u]!.id} has no score for area ${area.id}`, zh: `${units[u]!.id} 的领域 ${area.id} 无法计分` },
        });
        break;
    }
    if (value !== null) {
      column[u] = value;
      out.flags[a]![u]!.push('imputed');
    }
  }
}
