import type { ObservationTable } from '../../observation/observationTable.js';
import { NOT_APPLICABLE } from '../../observation/notApplicableCode.js';
import { comparePeriods } from '../../observation/comparePeriods.js';
import { conflictDiagnostic, emptyGrid, gridValue, type ObservationGrid } from './observationGrid.js';
import { indexOfEach } from './indexOfEach.js';

/** The units a table selection kept, in candidate order, and their grid. */
export interface TableSelection {
  unitIds: string[];
  grid: ObservationGrid;
}

/**
 * {@link selectObservations} for columnar input, in one pass over the table's typed arrays with no
 * object per row: names are matched once per distinct unit, indicator and period. `candidates` are
 * the framework's units in framework order; with `onlyObserved`, those without any observation of a
 * framework indicator in `period` are dropped (as on the object path). A table has no revisions: when a
 * cell appears twice with different values, the same value as on the object path is kept (so the
 * order of rows never matters) and a warning is reported.
 */
export function selectFromTable(
  table: ObservationTable,
  period: string,
  candidates: ReadonlyArray<string>,
  onlyObserved: boolean,
  indicatorIds: ReadonlyArray<string>,
  carryForward: ReadonlyArray<boolean>,
): TableSelection {
  const m = indicatorIds.length;
  const unitOf = indexOfEach(candidates, table.units);
  const indicatorOf = indexOfEach(indicatorIds, table.indicators);
  // 1: the assessed period; 2: an earlier one (only read when some indicator carries forward).
  const when = Uint8Array.from(table.periods, (p) => (p === period ? 1 : comparePeriods(p, period) < 0 ? 2 : 0));
  const anyCarry = carryForward.some(Boolean);
  const tPeriod = table.period;
  const tUnit = table.unit;
  const tIndicator = table.indicator;
  const tValue = table.value;
  const tBoolean = table.isBoolean;
  const n = tValue.length;
  // Without carry-forward only the assessed period's rows matter. When one period index names it,
  // the rows of other periods (most of a many-period table) are skipped on one comparison each,
  // and past a run of 32 of them the engine's native indexOf finds the next row of the period.
  const only = anyCarry ? -1 : onlyIndex(when);
  // The period's rows as one block in framework order (unit by unit, indicator by indicator, each
  // cell once), as a table written from a cube or a spreadsheet in framework order has them: the
  // block is the grid, used as it is, like a cube's (no cell can conflict, every unit is observed).
  const block =
    only >= 0 &&
    isIdentity(unitOf) &&
    isIdentity(indicatorOf) &&
    unitOf.length === candidates.length &&
    indicatorOf.length === m
      ? denseBlock(tPeriod, tUnit, tIndicator, only, candidates.length, m)
      : -1;
  if (block >= 0) {
    const size = candidates.length * m;
    const grid: ObservationGrid = {
      value: tValue.subarray(block, block + size),
      isBoolean: tBoolean.subarray(block, block + size),
      carried: new Map(),
      diagnostics: [],
    };
    return { unitIds: [...candidates], grid };
  }
  const grid = emptyGrid(candidates.length * m);
  const { value, isBoolean, carried } = grid;
  const observed = new Uint8Array(candidates.length);
  const conflicts = new Set<number>();
  let skipped = 0;
  for (let r = 0; r < n; r++) {
    if (only >= 0 && tPeriod[r] !== only) {
      if (++skipped === 32) {
        const next = tPeriod.indexOf(only, r + 1);
        r = (next < 0 ? n : next) - 1;
        skipped = 0;
      }
      continue;
    }
    skipped = 0;
    const w = when[tPeriod[r]!]!;
    if (w === 0 || (w === 2 && !anyCarry)) continue;
    const u = unitOf[tUnit[r]!]!;
    const i = indicatorOf[tIndicator[r]!]!;
    if (u < 0 || i < 0) continue;
    const x = tValue[r]!;
    if (w === 1) {
      observed[u] = 1;
      if (x !== x) {
        // Not applicable: marks a cell no value has claimed; a value overrides it.
        if (tBoolean[r] === NOT_APPLICABLE && value[u * m + i] !== value[u * m + i])
          isBoolean[u * m + i] = NOT_APPLICABLE;
        continue;
      }
      const cell = u * m + i;
      const seen = value[cell]!;
      if (seen !== seen) {
        value[cell] = x;
        isBoolean[cell] = tBoolean[r]!;
      } else if (seen !== x || isBoolean[cell] !== tBoolean[r]) {
        conflicts.add(cell);
        const kept = gridValue(value, isBoolean, cell)!;
        const next = tBoolean[r] === 1 ? x === 1 : x;
        if (String(next) > String(kept)) {
          value[cell] = x;
          isBoolean[cell] = tBoolean[r]!;
        }
      }
    } else if (anyCarry && carryForward[i] && x === x) {
      const cell = u * m + i;
      const p = table.periods[tPeriod[r]!]!;
      const prior = carried.get(cell);
      const next = tBoolean[r] === 1 ? x === 1 : x;
      // The latest earlier period; two values in it: the larger as text, whatever the row order.
      const later = prior ? comparePeriods(p, prior.period) : 1;
      if (later > 0 || (later === 0 && String(next) > String(prior!.value)))
        carried.set(cell, { value: next, period: p });
    }
  }
  const selection = onlyObserved
    ? keepObserved(candidates, observed, grid, m, conflicts)
    : { unitIds: [...candidates], grid, conflicts };
  const g = selection.grid;
  for (const cell of [...selection.conflicts].sort((a, b) => a - b)) {
    g.diagnostics.push(
      conflictDiagnostic(
        selection.unitIds[Math.floor(cell / m)]!,
        indicatorIds[cell % m]!,
        period,
        gridValue(g.value, g.isBoolean, cell)!,
      ),
    );
  }
  return { unitIds: selection.unitIds, grid: g };
}

/** The one index `when` marks as the assessed period (1), or −1 when there is none or more than one. */
function onlyIndex(when: Uint8Array): number {
  const first = when.indexOf(1);
  return first >= 0 && when.indexOf(1, first + 1) < 0 ? first : -1;
}

/**
 * Where the rows of period index `p` start when they are exactly `units` × `m` rows in one block,
 * unit `u`'s indicator `i` at `u * m + i` of it, and no row of `p` lies outside it; −1 otherwise.
 */
function denseBlock(
  period: Uint32Array,
  unit: Uint32Array,
  indicator: Uint32Array,
  p: number,
  units: number,
  m: number,
): number {
  const first = period.indexOf(p);
  const size = units * m;
  if (
    first < 0 ||
    first + size > period.length ||
    (first + size < period.length && period.indexOf(p, first + size) >= 0)
  )
    return -1;
  for (let u = 0, r = first; u < units; u++) {
    for (let i = 0; i < m; i++, r++) if (period[r] !== p || unit[r] !== u || indicator[r] !== i) return -1;
  }
  return first;
}

function isIdentity(index: Int32Array): boolean {
  for (let k = 0; k < index.length; k++) if (index[k] !== k) return false;
  return true;
}

/** Drops the rows of unobserved candidates, moving carried values and conflicts with their cells. */
export function keepObserved(
  candidates: ReadonlyArray<string>,
  observed: Uint8Array,
  grid: ObservationGrid,
  m: number,
  conflicts: Set<number>,
): { unitIds: string[]; grid: ObservationGrid; conflicts: Set<number> } {
  if (observed.every((o) => o === 1)) return { unitIds: [...candidates], grid, conflicts };
  const rowOf = new Int32Array(candidates.length).fill(-1);
  const unitIds: string[] = [];
  candidates.forEach((id, k) => {
    if (observed[k] === 1) rowOf[k] = unitIds.push(id) - 1;
  });
  const out = emptyGrid(unitIds.length * m);
  rowOf.forEach((row, k) => {
    if (row < 0) return;
    out.value.set(grid.value.subarray(k * m, (k + 1) * m), row * m);
    out.isBoolean.set(grid.isBoolean.subarray(k * m, (k + 1) * m), row * m);
  });
  const move = (cell: number): number => {
    const row = rowOf[Math.floor(cell / m)]!;
    return row < 0 ? -1 : row * m + (cell % m);
  };
  for (const [cell, c] of grid.carried) if (move(cell) >= 0) out.carried.set(move(cell), c);
  const moved = new Set([...conflicts].map(move).filter((c) => c >= 0));
  return { unitIds, grid: out, conflicts: moved };
}
