import type { Observation } from '../../observation/observation.schema.js';
import { comparePeriods } from '../../observation/comparePeriods.js';
import { conflictDiagnostic, emptyGrid, gridValue, type ObservationGrid } from './observationGrid.js';

/**
 * Picks each cell's observation for `period`. Where several observations share a cell, the
 * highest `revision` wins (a missing revision counts as 0); equal revisions with different
 * values are reported and the last in (period, revision, value) order is kept, so the result
 * never depends on the order of the input. Carried-forward values follow the same rule within
 * the latest earlier period.
 */
export function selectObservations(
  observations: ReadonlyArray<Observation>,
  period: string,
  unitIds: ReadonlyArray<string>,
  indicatorIds: ReadonlyArray<string>,
  carryForward: ReadonlyArray<boolean>,
): ObservationGrid {
  const m = indicatorIds.length;
  const unitIndex = new Map(unitIds.map((id, i) => [id, i]));
  const indicatorIndex = new Map(indicatorIds.map((id, i) => [id, i]));
  const grid = emptyGrid(unitIds.length * m);
  const revision = new Map<number, number>();
  const conflicts = new Set<number>();
  const carriedRevision = new Map<number, number>();
  const set = (cell: number, v: number | boolean): void => {
    grid.value[cell] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    grid.isBoolean[cell] = typeof v === 'boolean' ? 1 : 0;
  };

  for (const o of observations) {
    const u = unitIndex.get(o.unit);
    const i = indicatorIndex.get(o.indicator);
    if (u === undefined || i === undefined) continue;
    const cell = u * m + i;
    if (o.period === period) {
      if (o.value === null) continue;
      const rev = o.revision ?? 0;
      const seen = revision.get(cell);
      if (seen === undefined || rev > seen) {
        revision.set(cell, rev);
        set(cell, o.value);
        conflicts.delete(cell);
      } else if (rev === seen) {
        const kept = gridValue(grid.value, grid.isBoolean, cell)!;
        if (kept !== o.value) {
          conflicts.add(cell);
          if (String(o.value) > String(kept)) set(cell, o.value);
        }
      }
    } else if (carryForward[i] && o.value !== null && comparePeriods(o.period, period) < 0) {
      // The latest earlier period; within it the same rule as above (highest revision, then the
      // larger value as text), so what is carried never depends on the order of the input.
      const prior = grid.carried.get(cell);
      const rev = o.revision ?? 0;
      const later = prior ? comparePeriods(o.period, prior.period) : 1;
      const priorRev = carriedRevision.get(cell) ?? 0;
      if (later > 0 || (later === 0 && (rev > priorRev || (rev === priorRev && String(o.value) > String(prior!.value))))) {
        grid.carried.set(cell, { value: o.value, period: o.period });
        carriedRevision.set(cell, rev);
      }
    }
  }
  for (const cell of [...conflicts].sort((a, b) => a - b)) {
    grid.diagnostics.push(conflictDiagnostic(unitIds[Math.floor(cell / m)]!, indicatorIds[cell % m]!, period, gridValue(grid.value, grid.isBoolean, cell)!));
  }
  return grid;
}
