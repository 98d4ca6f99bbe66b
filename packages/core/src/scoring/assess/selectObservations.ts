import type { Observation } from '../../observation/observation.schema.js';
import { comparePeriods } from '../../observation/comparePeriods.js';
import type { Diagnostic } from './assessment.js';

/** The observations of one period laid out as a units × indicators grid. */
export interface ObservationGrid {
  /** Row-major: unit `u`, indicator `i` at `u * indicatorCount + i`; `null` where nothing was observed. */
  raw: Array<number | boolean | null>;
  /** For cells whose indicator carries the last observation forward: the value and period used. */
  carried: Map<number, { value: number | boolean; period: string }>;
  diagnostics: Diagnostic[];
}

/**
 * Picks each cell's observation for `period`. Where several observations share a cell, the
 * highest `revision` wins (a missing revision counts as 0); equal revisions with different
 * values are reported and the last in (period, revision, value) order is kept, so the result
 * never depends on the order of the input.
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
  const raw: Array<number | boolean | null> = new Array<number | boolean | null>(unitIds.length * m).fill(null);
  const revision = new Map<number, number>();
  const carried = new Map<number, { value: number | boolean; period: string }>();
  const diagnostics: Diagnostic[] = [];
  const conflicts = new Set<number>();

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
        raw[cell] = o.value;
        conflicts.delete(cell);
      } else if (rev === seen && raw[cell] !== o.value) {
        conflicts.add(cell);
        if (String(o.value) > String(raw[cell])) raw[cell] = o.value;
      }
    } else if (carryForward[i] && o.value !== null && comparePeriods(o.period, period) < 0) {
      const prior = carried.get(cell);
      if (!prior || comparePeriods(o.period, prior.period) > 0) carried.set(cell, { value: o.value, period: o.period });
    }
  }
  for (const cell of [...conflicts].sort((a, b) => a - b)) {
    diagnostics.push(conflictDiagnostic(unitIds[Math.floor(cell / m)]!, indicatorIds[cell % m]!, period, raw[cell]!));
  }
  return { raw, carried, diagnostics };
}

/** The warning for a cell observed twice with different values. */
export function conflictDiagnostic(unit: string, indicator: string, period: string, kept: number | boolean): Diagnostic {
  return {
    severity: 'warning',
    code: 'conflicting_observations',
    unit,
    indicator,
    message: {
      en: `${unit} has different values for ${indicator} in ${period} with the same revision; kept ${String(kept)}`,
      zh: `${unit} 的 ${indicator} 在 ${period} 有多个同版本的不同数值，采用 ${String(kept)}`,
    },
  };
}
