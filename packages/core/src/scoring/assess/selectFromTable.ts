import type { ObservationTable } from '../../observation/observationTable.js';
import { comparePeriods } from '../../observation/comparePeriods.js';
import { conflictDiagnostic, type ObservationGrid } from './selectObservations.js';

/**
 * {@link selectObservations} for columnar input: names are matched once per distinct unit,
 * indicator and period, then one loop over the typed arrays fills the grid, with no object per
 * row. A table has no revisions: when a cell appears twice with different values, the same value
 * as on the object path is kept (so the order of rows never matters) and a warning is reported.
 */
export function selectFromTable(
  table: ObservationTable,
  period: string,
  unitIds: ReadonlyArray<string>,
  indicatorIds: ReadonlyArray<string>,
  carryForward: ReadonlyArray<boolean>,
): ObservationGrid {
  const m = indicatorIds.length;
  const unitIndex = new Map(unitIds.map((id, i) => [id, i]));
  const indicatorIndex = new Map(indicatorIds.map((id, i) => [id, i]));
  const unitOf = Int32Array.from(table.units, (id) => unitIndex.get(id) ?? -1);
  const indicatorOf = Int32Array.from(table.indicators, (id) => indicatorIndex.get(id) ?? -1);
  const order = table.periods.map((p) => comparePeriods(p, period));
  const raw: Array<number | boolean | null> = new Array<number | boolean | null>(unitIds.length * m).fill(null);
  const carried = new Map<number, { value: number | boolean; period: string }>();
  const conflicts = new Set<number>();
  const n = table.value.length;
  for (let r = 0; r < n; r++) {
    const u = unitOf[table.unit[r]!]!;
    const i = indicatorOf[table.indicator[r]!]!;
    if (u < 0 || i < 0) continue;
    const x = table.value[r]!;
    if (x !== x) continue;
    const value = table.isBoolean[r] === 1 ? x === 1 : x;
    const p = table.period[r]!;
    const cell = u * m + i;
    if (order[p] === 0 && table.periods[p] === period) {
      const seen = raw[cell];
      if (seen === null || seen === undefined) raw[cell] = value;
      else if (seen !== value) {
        conflicts.add(cell);
        if (String(value) > String(seen)) raw[cell] = value;
      }
    }
    else if (carryForward[i] && order[p]! < 0) {
      const prior = carried.get(cell);
      if (!prior || comparePeriods(table.periods[p]!, prior.period) > 0) carried.set(cell, { value, period: table.periods[p]! });
    }
  }
  const diagnostics = [...conflicts].sort((a, b) => a - b).map((cell) => conflictDiagnostic(unitIds[Math.floor(cell / m)]!, indicatorIds[cell % m]!, period, raw[cell]!));
  return { raw, carried, diagnostics };
}
