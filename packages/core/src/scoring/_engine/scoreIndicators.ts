import type { Unit } from '../../model/unit.schema.js';
import type { Diagnostic } from '../assess/assessment.js';
import type { Plan } from './compilePlan.js';
import type { ObservationGrid } from './observationGrid.js';
import { normalizeWith } from '../normalize/normalizeKernels.js';
import { missingKernel } from '../missing/missingKernels.js';
import { statusPlan, type StatusPlan } from './indicatorStatus.js';
import { cellPlans } from './cellPlans.js';
import { FLAG, raise } from './cellFlags.js';
import { minMaxScales } from '../_lib/minMaxScales.js';
import { ROW_SOURCE, type RowAreas } from './rowAreas.js';
import { notApplicableCells } from './notApplicableCells.js';

/**
 * Per unit × indicator working values, row-major (unit `u`, indicator `i` at `u * m + i`), in
 * typed arrays: `NaN` stands for "none" and flags are bits ({@link FLAG}). What can be derived
 * later (targets, statuses, points) is not stored per cell: the assessment expands the trace into
 * plain JSON when it is read.
 */
export interface Cells {
  n: number;
  m: number;
  /** The selected observation (booleans as 1 / 0, flagged in `rawIsBoolean`); none where the indicator does not apply. */
  raw: Float64Array;
  rawIsBoolean: Uint8Array;
  /** The target unit `u` is held to on indicator `i` in the period (`targetFor`), `null` when the indicator has none. */
  targetOf: (u: number, i: number) => number | boolean | null;
  /** The value planned for unit `u` on indicator `i` at the period's end (`expectedAt`), `null` without a date. */
  plannedOf: (u: number, i: number) => number | boolean | null;
  /** Per indicator, what its status rule needs; statuses are worked out when the trace is read. */
  statusPlans: StatusPlan[];
  /**
   * Scores of the indicators normalised here; empty when the row pass normalises every indicator.
   * Read a cell's score with `cellScore`, which works out the row pass's own.
   */
  normalized: Float64Array;
  /**
   * Each cell's share of its area, for areas aggregated unit by unit (`NaN` for none); empty when
   * every area is a row area. Read it with `cellWeight`, which works out a row area's.
   */
  weightUsed: Float64Array;
  /** Per indicator: the min–max scale of the row pass's min–max indicators (see `minMaxScales`). */
  factor: Float64Array;
  low: Float64Array;
  spread: Float64Array;
  /** The row pass's areas and indicators. */
  rows: RowAreas;
  flags: Uint8Array;
  /** Units that get no total: a missing value under the `error` policy, or too few observed (`withoutCoverage`). */
  failed: Set<number>;
}

/** A target or carried value as a number for the typed columns (booleans as 1 / 0). */
const asNumber = (v: number | boolean): number => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

/**
 * Marks the cells whose indicator does not apply to the unit (`notApplicableCells`), then
 * normalises every indicator column with its method's kernel (`NORMALIZE_KERNELS`) and applies
 * its missing-data policy's kernel (`MISSING_KERNELS`), except the indicators the row pass
 * normalises itself (`rows.source`, see `aggregateRowAreas`): for those it finds only the range of
 * each min–max column, and their scores are worked out from it, by the same kernel, when the areas
 * are scored and again when the trace is read (`cellScore`).
 */
export function scoreIndicators(
  plan: Plan,
  units: ReadonlyArray<Unit>,
  grid: ObservationGrid,
  period: string,
  rows: RowAreas,
  diagnostics: Diagnostic[],
): Cells {
  const m = plan.indicators.length;
  const n = units.length;
  const size = n * m;
  const plans = cellPlans(plan.indicators, units, period);
  const na = notApplicableCells(plan, units, grid, diagnostics);
  const cells: Cells = {
    n,
    m,
    raw: na.raw,
    rawIsBoolean: grid.isBoolean,
    targetOf: plans.target,
    plannedOf: plans.planned,
    statusPlans: plan.indicators.map((ind, i) => statusPlan(ind, plan.indicatorDirection[i]!)),
    // Every cell of an indicator scored here is written below.
    normalized: new Float64Array(rows.everyIndicator ? 0 : size),
    weightUsed: rows.everyArea ? new Float64Array(0) : new Float64Array(size).fill(Number.NaN),
    ...rowScales(na.raw, n, m, rows),
    rows,
    flags: na.flags,
    failed: new Set(),
  };
  const column = new Float64Array(n);
  const scores = new Float64Array(n);
  const capped = new Uint8Array(n);
  const { raw, normalized, flags } = cells;
  for (let i = 0; i < m; i++) {
    if (rows.source[i] !== ROW_SOURCE.normalized) continue;
    const indicator = plan.indicators[i]!;
    const policy = plan.indicatorMissing[i]!;
    const missing = missingKernel(policy);
    for (let u = 0; u < n; u++) {
      const cell = u * m + i;
      const x = raw[cell]!;
      let value = x;
      // Not applicable: no value, no policy (its flag is already raised).
      if (x !== x && flags[cell] !== FLAG.notApplicable) {
        flags[cell] = FLAG.missing;
        const carried = missing.carries ? grid.carried.get(cell) : undefined;
        if (carried) {
          value = asNumber(carried.value);
          raise(flags, cell, FLAG.imputed);
        }
      }
      column[u] = value;
    }
    const targetOf = (u: number): number | boolean | null => cells.targetOf(u, i);
    normalizeWith(indicator.scoring, {
      xs: column,
      direction: plan.indicatorDirection[i]!,
      baseline: indicator.baseline === undefined ? null : Number(indicator.baseline.value),
      targetOf,
      comparator: indicator.target?.comparator ?? null,
      scores,
      capped,
    });
    const impute = missing.imputer(policy, units, scores);
    for (let u = 0; u < n; u++) {
      const cell = u * m + i;
      let score = scores[u]!;
      if (capped[u] === 1) raise(flags, cell, FLAG.capped);
      // A value the method cannot score (e.g. distance to a target equal to its baseline) is
      // treated like a missing one, so the policy applies and nothing drops out unflagged.
      if (score !== score && flags[cell] !== FLAG.notApplicable) {
        if (column[u] === column[u]) raise(flags, cell, FLAG.unscorable);
        if (missing.fails) {
          cells.failed.add(u);
          diagnostics.push({
            severity: 'error',
            code: 'missing_value',
            unit: units[u]!.id,
            indicator: indicator.id,
            message: {
              en: `${units[u]!.id} has no value for ${indicator.id}, and its missing-data policy is "error"`,
              zh: `${units[u]!.id} 缺少指标 ${indicator.id} 的数据，且缺失处理规则为“报错”`,
            },
          });
        } else {
          score = impute(u);
          raise(flags, cell, score !== score ? FLAG.excluded : FLAG.imputed);
        }
      }
      normalized[cell] = score;
    }
  }
  return cells;
}

/** The min–max scale of each min–max indicator of the row pass, by indicator index (0 for the others). */
function rowScales(
  raw: Float64Array,
  n: number,
  m: number,
  rows: RowAreas,
): { factor: Float64Array; low: Float64Array; spread: Float64Array } {
  const picked: number[] = [];
  const direction: number[] = [];
  for (let i = 0; i < m; i++) {
    if (rows.source[i] !== ROW_SOURCE.minMax) continue;
    picked.push(i);
    direction.push(rows.direction[i]!);
  }
  const scales = minMaxScales(raw, n, m, new Int32Array(picked), new Float64Array(direction));
  const factor = new Float64Array(m);
  const low = new Float64Array(m);
  const spread = new Float64Array(m);
  for (let c = 0; c < picked.length; c++) {
    factor[picked[c]!] = scales.factor[c]!;
    low[picked[c]!] = scales.low[c]!;
    spread[picked[c]!] = scales.spread[c]!;
  }
  return { factor, low, spread };
}
