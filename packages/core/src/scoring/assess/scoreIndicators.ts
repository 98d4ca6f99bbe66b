import type { Unit } from '../../model/unit.schema.js';
import type { Indicator } from '../../model/indicator.schema.js';
import type { IndicatorProgressStatus } from '../../vocabulary/indicatorProgressStatus.schema.js';
import type { CellFlag, Diagnostic } from './assessment.js';
import type { Plan } from './compilePlan.js';
import type { ObservationGrid } from './selectObservations.js';
import { normalizeColumn } from './normalizeColumn.js';
import { groupMeans, peerGroups } from './peerGroups.js';
import { indicatorStatus } from './indicatorStatus.js';

/** Per unit × indicator working values (row-major, like {@link AssessmentCells}). */
export interface Cells {
  m: number;
  raw: Array<number | boolean | null>;
  targets: Array<number | boolean>;
  normalized: Array<number | null>;
  weightUsed: Array<number | null>;
  points: Array<number | null>;
  flags: CellFlag[][];
  status: IndicatorProgressStatus[];
  /** Units with a missing value under the `error` policy: they get no total. */
  failed: Set<number>;
}

// Most cells have no flag: they share one empty array, and a cell gets its own on its first flag.
const NO_FLAGS: CellFlag[] = [];

/** Adds a flag to a cell (copy on write: see NO_FLAGS). */
export function flag(cells: Cells, cell: number, value: CellFlag): void {
  const current = cells.flags[cell]!;
  cells.flags[cell] = current === NO_FLAGS ? [value] : [...current, value];
}

/**
 * The target a unit is held to in a period: a class target for a tag the unit carries (e.g.
 * `mountainous`), else the milestone declared for that period, else the indicator's target.
 */
export function targetFor(indicator: Indicator, unit: Unit, period: string): number | boolean {
  const special = indicator.classTargets?.find((t) => unit.tags.includes(t.tag));
  if (special) return special.value;
  return indicator.milestones?.find((m) => m.period === period)?.value ?? indicator.target.value;
}

/** Normalises every indicator column and applies the indicators' missing-data policies. */
export function scoreIndicators(
  plan: Plan,
  units: ReadonlyArray<Unit>,
  grid: ObservationGrid,
  period: string,
  diagnostics: Diagnostic[],
): Cells {
  const m = plan.indicators.length;
  const n = units.length;
  const cells: Cells = {
    m,
    raw: grid.raw.slice(),
    targets: new Array<number | boolean>(n * m),
    normalized: new Array<number | null>(n * m).fill(null),
    weightUsed: new Array<number | null>(n * m).fill(null),
    points: new Array<number | null>(n * m).fill(null),
    flags: new Array<CellFlag[]>(n * m).fill(NO_FLAGS),
    status: new Array<IndicatorProgressStatus>(n * m).fill('noData'),
    failed: new Set(),
  };
  plan.indicators.forEach((indicator, i) => {
    const policy = plan.indicatorMissing[i]!;
    const direction = plan.indicatorDirection[i]!;
    const column: Array<number | boolean | null> = [];
    const targets: Array<number | boolean> = [];
    for (let u = 0; u < n; u++) {
      const cell = u * m + i;
      let value = grid.raw[cell] ?? null;
      if (value === null) {
        flag(cells, cell, 'missing');
        const carried = grid.carried.get(cell);
        if (policy.policy === 'carryForward' && carried) {
          value = carried.value;
          flag(cells, cell, 'imputed');
        }
      }
      column.push(value);
      const target = targetFor(indicator, units[u]!, period);
      targets.push(target);
      cells.targets[cell] = target;
      cells.status[cell] = indicatorStatus(indicator, grid.raw[cell] ?? null, target, period, direction);
    }
    const { scores, capped } = normalizeColumn(indicator, direction, column, targets);
    const groups = policy.policy === 'peerMean' ? peerGroups(units, policy.tag) : null;
    const means = groups ? groupMeans(scores, groups) : null;
    for (let u = 0; u < n; u++) {
      const cell = u * m + i;
      let score = scores[u] ?? null;
      if (capped[u]) flag(cells, cell, 'capped');
      // A value the method cannot score (e.g. distance to a target equal to its baseline) is
      // treated like a missing one, so the policy applies and nothing drops out unflagged.
      if (score === null && column[u] !== null) flag(cells, cell, 'unscorable');
      if (score === null) {
        switch (policy.policy) {
          case 'exclude':
          case 'carryForward':
            flag(cells, cell, 'excluded');
            break;
          case 'floor':
            score = policy.value;
            flag(cells, cell, 'imputed');
            break;
          case 'zero':
            score = 0;
            flag(cells, cell, 'imputed');
            break;
          case 'peerMean': {
            const g = groups![u];
            score = g === null || g === undefined ? null : (means!.get(g) ?? null);
            flag(cells, cell, score === null ? 'excluded' : 'imputed');
            break;
          }
          case 'error':
            cells.failed.add(u);
            diagnostics.push({
              severity: 'error', code: 'missing_value', unit: units[u]!.id, indicator: indicator.id,
              message: {
                en: `${units[u]!.id} has no value for ${indicator.id}, and its missing-data policy is "error"`,
                zh: `${units[u]!.id} 缺少指标 ${indicator.id} 的数据，且缺失处理规则为“报错”`,
              },
            });
            break;
        }
      }
      cells.normalized[cell] = score;
    }
  });
  return cells;
}
