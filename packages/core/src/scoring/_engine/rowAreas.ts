import type { Plan } from './compilePlan.js';
import { missingKernel } from '../missing/missingKernels.js';

/** How the row pass gets an indicator's 0–100 score (see {@link RowAreas.source}). */
export const ROW_SOURCE = { normalized: 0, minMax: 1, value: 2 } as const;

/**
 * The areas `aggregateRowAreas` scores in one pass along the rows, flattened into typed arrays:
 * every area whose children are all indicators and whose aggregation is the weighted mean or sum
 * (the common case, and every area of workload W). Their min–max and `value` indicators whose
 * missing-data policy has a fill (`exclude`, `floor`, `zero`: see `MISSING_KERNELS`) are normalised in that same pass, from the raw value, the
 * column's range and the policy, and never stored: the trace works them out again when it is read
 * (`cellScore`), as it does each such cell's weight (`cellWeight`).
 */
export interface RowAreas {
  /** The areas scored in the row pass, as indexes into `plan.areas`, children-first order. */
  areas: Int32Array;
  /** Per area of the plan: 1 for a row area. */
  isRowArea: Uint8Array;
  /** Whether every area of the plan is a row area (then no cell's weight is stored). */
  everyArea: boolean;
  /** Whether the row pass normalises every indicator (then no cell's score is stored). */
  everyIndicator: boolean;
  /** Per row area: 1 for the weighted mean, 0 for the weighted sum. */
  mean: Uint8Array;
  /** Per row area: its `minIndicators`, 0 when it has none; all its children under `propagate`. */
  minIndicators: Int32Array;
  /** Per row area: 1 under `propagate` (its children that do not apply to a unit are then not asked for). */
  propagates: Uint8Array;
  /** Row area `r`'s children are entries `start[r]` to `start[r + 1] − 1` of `child` and `weight`. */
  start: Int32Array;
  /** Each child's indicator index, in the area's declared order (the order its sums are taken in). */
  child: Int32Array;
  weight: Float64Array;
  /**
   * Per indicator: {@link ROW_SOURCE}`.minMax` or `.value` when the row pass normalises it (and
   * `scoreIndicators` leaves it alone), `.normalized` when it reads the score `scoreIndicators` wrote.
   */
  source: Uint8Array;
  /** Per indicator: its weight within its area (read for row areas only). */
  weightOf: Float64Array;
  /** Per indicator: its position among its area's children (read for row areas only). */
  position: Int32Array;
  /** Per indicator: 1, or −1 for lower-is-better. */
  direction: Float64Array;
  /** Per indicator: the score a missing value gets (the `floor` value, 0 for `zero`, `NaN` to exclude it). */
  fill: Float64Array;
}

/** Which areas and indicators of a plan go through the row pass ({@link RowAreas}). */
export function rowAreas(plan: Plan): RowAreas {
  const m = plan.indicators.length;
  const A = plan.areas.length;
  const source = new Uint8Array(m);
  const direction = new Float64Array(plan.indicatorDirection);
  const fill = new Float64Array(m).fill(Number.NaN);
  const weightOf = new Float64Array(m);
  const position = new Int32Array(m);
  const isRowArea = new Uint8Array(A);
  // Plain loops and typed-array constructors: this runs on every assess call, however small.
  const picked: number[] = [];
  const mean: number[] = [];
  const minIndicators: number[] = [];
  const propagates: number[] = [];
  const start: number[] = [0];
  const child: number[] = [];
  const weight: number[] = [];
  let everyIndicator = true;
  for (const a of plan.order) {
    const area = plan.areas[a]!;
    const method = area.aggregation.method;
    let onlyIndicators = true;
    for (const c of area.children) if (c.kind !== 'indicator') onlyIndicators = false;
    if ((method !== 'weightedMean' && method !== 'weightedSum') || !onlyIndicators) continue;
    picked.push(a);
    mean.push(method === 'weightedMean' ? 1 : 0);
    // Under `propagate` the area needs every child scored: its minimum is its number of children.
    const propagate = missingKernel(area.missing).propagates;
    minIndicators.push(propagate ? area.children.length : (area.minIndicators ?? 0));
    propagates.push(propagate ? 1 : 0);
    isRowArea[a] = 1;
    for (const c of area.children) {
      position[c.index] = child.length - start[start.length - 1]!;
      child.push(c.index);
      weight.push(c.weight);
      weightOf[c.index] = c.weight;
      const scoring = plan.indicators[c.index]!.scoring.method;
      const policy = plan.indicatorMissing[c.index]!;
      // A policy that gives every missing value the same score (or none) needs no other unit's.
      const missing = missingKernel(policy).fill(policy);
      if ((scoring === 'minMax' || scoring === 'value') && missing !== null) {
        source[c.index] = scoring === 'minMax' ? ROW_SOURCE.minMax : ROW_SOURCE.value;
        fill[c.index] = missing;
      }
    }
    start.push(child.length);
  }
  for (let i = 0; i < m; i++) if (source[i] === ROW_SOURCE.normalized) everyIndicator = false;
  return {
    areas: new Int32Array(picked),
    isRowArea,
    everyArea: picked.length === A,
    everyIndicator,
    mean: new Uint8Array(mean),
    minIndicators: new Int32Array(minIndicators),
    propagates: new Uint8Array(propagates),
    start: new Int32Array(start),
    child: new Int32Array(child),
    weight: new Float64Array(weight),
    source,
    weightOf,
    position,
    direction,
    fill,
  };
}
