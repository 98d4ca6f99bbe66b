import type { Framework } from '../../model/framework.schema.js';
import { periodDays } from '../../observation/periodDays.js';

/**
 * Observations an assessment was given but cannot score, counted by name: of the assessed period
 * naming a unit or indicator the framework does not declare, or labelled with a shorter period
 * inside the assessed one (`2025-Q4` when assessing `2025`). Each map keeps names in the order
 * first met. {@link unknownIdDiagnostics} turns the counts into diagnostics.
 */
export interface StrayTally {
  unit: Map<string, number>;
  indicator: Map<string, number>;
  period: Map<string, number>;
  /** Whether `label` names a shorter period inside the assessed one (answers are kept for the call). */
  within(label: string): boolean;
  /** Counts an observation labelled `label`, a label {@link StrayTally.within} accepted. */
  addPeriod(label: string): void;
  /** Counts an observation of the assessed period whose unit or indicator a selection did not find. */
  unplaced(unit: string, indicator: string): void;
}

/**
 * A fresh, empty {@link StrayTally} for one call of `assess`. It is filled by the pass that selects
 * objects (`selectObservations`), so a bundle's observations are read once per call, not twice;
 * it lives no longer than that call.
 */
export function strayTally(framework: Framework, period: string): StrayTally {
  // The id sets are built on the first name not found: a clean run never needs them.
  let unitIds: Set<string> | undefined;
  let indicatorIds: Set<string> | undefined;
  const assessed = periodDays(period);
  const inside = new Map<string, boolean>();
  const add = (counts: Map<string, number>, name: string): void => void counts.set(name, (counts.get(name) ?? 0) + 1);
  const tally: StrayTally = {
    unit: new Map(),
    indicator: new Map(),
    period: new Map(),
    within(label) {
      let yes = inside.get(label);
      if (yes === undefined) {
        const q = label === period || assessed === null ? null : periodDays(label);
        inside.set(label, (yes = q !== null && q.start >= assessed!.start && q.end <= assessed!.end));
      }
      return yes;
    },
    addPeriod(label) {
      add(tally.period, label);
    },
    unplaced(unit, indicator) {
      unitIds ??= new Set(framework.units.map((u) => u.id));
      indicatorIds ??= new Set(framework.indicators.map((i) => i.id));
      if (!unitIds.has(unit)) add(tally.unit, unit);
      if (!indicatorIds.has(indicator)) add(tally.indicator, indicator);
    },
  };
  return tally;
}
