import type { ObservationCube } from '../../observation/observationCube.js';
import { comparePeriods } from '../../observation/comparePeriods.js';
import { emptyGrid } from './observationGrid.js';
import { keepObserved, type TableSelection } from './selectFromTable.js';
import { indexOfEach } from './indexOfEach.js';

/**
 * {@link selectObservations} for a cube: the period is one contiguous block, used as it is when
 * the cube's units and indicators are in framework order (gathered cell by cell otherwise). Checks
 * the cube's shape and that the selected values are finite or `NaN` (any NaN: the fingerprint
 * hashes them all as the one canonical NaN). With `onlyObserved`, candidates without any value of
 * a framework indicator in `period` are dropped.
 */
export function selectFromCube(
  cube: ObservationCube,
  period: string,
  candidates: ReadonlyArray<string>,
  onlyObserved: boolean,
  indicatorIds: ReadonlyArray<string>,
  carryForward: ReadonlyArray<boolean>,
): TableSelection {
  const P = cube.periods.length;
  const U = cube.units.length;
  const I = cube.indicators.length;
  if (cube.values.length !== P * U * I) {
    throw new TypeError(
      `observation cube: values has ${cube.values.length} entries, but ${P} periods × ${U} units × ${I} indicators need ${P * U * I}`,
    );
  }
  if (cube.isBoolean !== undefined && cube.isBoolean.length !== cube.values.length) {
    throw new TypeError(
      `observation cube: isBoolean has ${cube.isBoolean.length} entries, values ${cube.values.length}`,
    );
  }
  const m = indicatorIds.length;
  const cu = indexOfEach(cube.units, candidates);
  const ci = indexOfEach(cube.indicators, indicatorIds);
  const observed = new Uint8Array(candidates.length);
  const p = cube.periods.indexOf(period);
  const { values, isBoolean } = cube;
  const identity = p >= 0 && U === candidates.length && I === m && isIdentity(cu) && isIdentity(ci);
  // In framework order the period's block is used as it is, without a copy: the cube is an input,
  // and inputs are not changed while an assessment may still read them (its trace and
  // fingerprint are computed when first read).
  const grid = identity
    ? {
        value: values.subarray(p * U * I, (p + 1) * U * I),
        isBoolean: isBoolean ? isBoolean.subarray(p * U * I, (p + 1) * U * I) : new Uint8Array(U * I),
        carried: new Map<number, { value: number | boolean; period: string }>(),
        diagnostics: [],
      }
    : emptyGrid(candidates.length * m);
  if (p >= 0) {
    if (!identity) {
      for (let k = 0; k < candidates.length; k++) {
        if (cu[k]! < 0) continue;
        const from = (p * U + cu[k]!) * I;
        for (let i = 0; i < m; i++) {
          if (ci[i]! < 0) continue;
          grid.value[k * m + i] = values[from + ci[i]!]!;
          if (isBoolean) grid.isBoolean[k * m + i] = isBoolean[from + ci[i]!]!;
        }
      }
    }
    const v = grid.value;
    for (let k = 0; k < candidates.length; k++) {
      const from = k * m;
      const to = from + m;
      // x − x is 0 for a finite x and NaN for NaN and ±Infinity: one test for the usual case.
      let seen = 0;
      for (let c = from; c < to; c++) {
        const x = v[c]!;
        if (x - x === 0) seen = 1;
        else if (x === x) {
          throw new TypeError(
            `observation cube: the value of ${indicatorIds[c - from]} for ${candidates[k]} in ${period} is ${x}; values must be finite, or NaN for none`,
          );
        }
      }
      observed[k] = seen;
    }
  }
  if (carryForward.some(Boolean)) carry(cube, period, cu, ci, carryForward, grid.carried, m);
  const selection = onlyObserved
    ? keepObserved(candidates, observed, grid, m, new Set())
    : { unitIds: [...candidates], grid };
  return { unitIds: selection.unitIds, grid: selection.grid };
}

function isIdentity(index: Int32Array): boolean {
  for (let k = 0; k < index.length; k++) if (index[k] !== k) return false;
  return true;
}

/** The latest earlier finite value of each carry-forward cell. */
function carry(
  cube: ObservationCube,
  period: string,
  cu: Int32Array,
  ci: Int32Array,
  carryForward: ReadonlyArray<boolean>,
  carried: Map<number, { value: number | boolean; period: string }>,
  m: number,
): void {
  const U = cube.units.length;
  const I = cube.indicators.length;
  const earlier = cube.periods
    .map((q, p) => ({ q, p }))
    .filter(({ q }) => comparePeriods(q, period) < 0)
    .sort((a, b) => comparePeriods(a.q, b.q));
  for (const { q, p } of earlier) {
    for (let k = 0; k < cu.length; k++) {
      if (cu[k]! < 0) continue;
      for (let i = 0; i < m; i++) {
        if (!carryForward[i] || ci[i]! < 0) continue;
        const at = (p * U + cu[k]!) * I + ci[i]!;
        const x = cube.values[at]!;
        if (!Number.isFinite(x)) continue;
        carried.set(k * m + i, { value: cube.isBoolean?.[at] === 1 ? x === 1 : x, period: q });
      }
    }
  }
}
