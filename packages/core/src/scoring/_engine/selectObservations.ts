import type { Observation } from '../../observation/observation.schema.js';
import { comparePeriods } from '../../observation/comparePeriods.js';
import type { StrayTally } from './strayTally.js';
import { conflictDiagnostic, emptyGrid, gridValue, type ObservationGrid } from './observationGrid.js';
import { NOT_APPLICABLE } from '../../observation/notApplicableCode.js';

/**
 * Picks each cell's observation for `period`. Where several observations share a cell, the
 * highest `revision` wins (a missing revision counts as 0); equal revisions with different
 * values are reported and the last in (period, revision, value) order is kept, so the result
 * never depends on the order of the input. Carried-forward values follow the same rule within
 * the latest earlier period. When given, `observed` gets a 1 for each unit with an observation of
 * one of the indicators in `period` (a value or `null`), in the same pass. An observation marked
 * `notApplicable` marks its cell {@link NOT_APPLICABLE} unless a value of the period fills it; when given, `strays`
 * counts what cannot be scored in that pass too (a bundle's array is long: it is read once).
 */
export function selectObservations(
  observations: ReadonlyArray<Observation>,
  period: string,
  unitIds: ReadonlyArray<string>,
  indicatorIds: ReadonlyArray<string>,
  carryForward: ReadonlyArray<boolean>,
  observed?: Uint8Array,
  strays?: StrayTally,
): ObservationGrid {
  const m = indicatorIds.length;
  const unitIndex = new Map(unitIds.map((id, i) => [id, i]));
  const indicatorIndex = new Map(indicatorIds.map((id, i) => [id, i]));
  const grid = emptyGrid(unitIds.length * m);
  // Each cell's revision so far, in typed columns (a Map of one entry per cell cost most of the run).
  // The revisions are kept only once one is not 0 (none is, usually): until then every cell seen has 0.
  const seen = new Uint8Array(unitIds.length * m);
  let revision: Float64Array | null = null;
  const conflicts = new Set<number>();
  const carriedRevision = new Map<number, number>();
  const set = (cell: number, v: number | boolean): void => {
    grid.value[cell] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    grid.isBoolean[cell] = typeof v === 'boolean' ? 1 : 0;
  };

  // Observations usually come unit by unit: the last unit's index is reused without a lookup.
  let lastUnit: string | undefined;
  let lastIndex: number | undefined;
  let nextIndicator = 0;
  let lastOther: string | undefined;
  let otherWithin = false;
  const anyCarry = carryForward.some(Boolean);
  for (const o of observations) {
    const current = o.period === period;
    // Without carry-forward only the period's observations matter: in a bundle's array (every
    // period in one) the others are passed over on this comparison, before any lookup.
    if (!current) {
      // Observations come period by period: the last label's answer is reused without a call.
      if (strays !== undefined) {
        if (o.period !== lastOther) {
          lastOther = o.period;
          otherWithin = strays.within(lastOther);
        }
        if (otherWithin) strays.addPeriod(lastOther);
      }
      if (!anyCarry) continue;
    }
    if (o.unit !== lastUnit) {
      lastUnit = o.unit;
      lastIndex = unitIndex.get(o.unit);
    }
    const u = lastIndex;
    // … and indicator by indicator in framework order: the one after the last is tried first.
    const i =
      nextIndicator < m && o.indicator === indicatorIds[nextIndicator]
        ? nextIndicator
        : indicatorIndex.get(o.indicator);
    nextIndicator = i === undefined ? 0 : i + 1;
    if (u === undefined || i === undefined) {
      if (current && strays !== undefined) strays.unplaced(o.unit, o.indicator);
      continue;
    }
    const cell = u * m + i;
    if (current) {
      if (observed !== undefined) observed[u] = 1;
      if (o.value === null) {
        // Not applicable: marks a cell no value has claimed; a value (of any revision) overrides it.
        if (o.notApplicable === true && seen[cell] === 0) grid.isBoolean[cell] = NOT_APPLICABLE;
        continue;
      }
      const rev = o.revision ?? 0;
      if (revision === null && rev !== 0) revision = new Float64Array(seen.length);
      const before = revision === null ? 0 : revision[cell]!;
      if (seen[cell] === 0 || rev > before) {
        seen[cell] = 1;
        if (revision !== null) revision[cell] = rev;
        set(cell, o.value);
        if (conflicts.size > 0) conflicts.delete(cell);
      } else if (rev === before) {
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
      if (
        later > 0 ||
        (later === 0 && (rev > priorRev || (rev === priorRev && String(o.value) > String(prior!.value))))
      ) {
        grid.carried.set(cell, { value: o.value, period: o.period });
        carriedRevision.set(cell, rev);
      }
    }
  }
  for (const cell of [...conflicts].sort((a, b) => a - b)) {
    grid.diagnostics.push(
      conflictDiagnostic(
        unitIds[Math.floor(cell / m)]!,
        indicatorIds[cell % m]!,
        period,
        gridValue(grid.value, grid.isBoolean, cell)!,
      ),
    );
  }
  return grid;
}
