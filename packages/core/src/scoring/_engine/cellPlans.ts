import type { Indicator } from '../../model/indicator.schema.js';
import type { Unit } from '../../model/unit.schema.js';
import { periodInterval } from '../../observation/periodInterval.js';
import { expectedAt } from '../../progress/expectedAt.js';
import { planFor } from '../../progress/planFor.js';
import { targetFor } from '../../progress/targetFor.js';

/**
 * What each unit is held to in the period, per indicator: the target it faces ({@link targetFor})
 * and the planned value on the last day of the period ({@link expectedAt} on the unit's plan,
 * {@link planFor}). Unit `u`, indicator `i`.
 */
export interface CellPlans {
  /** `null` when the indicator has no target (it is scored relative to the other units). */
  target: (u: number, i: number) => number | boolean | null;
  /** `null` when the period is not a calendar period (no date to plan for). */
  planned: (u: number, i: number) => number | boolean | null;
}

/**
 * The {@link CellPlans} of a period. Both functions depend on a unit only through its tags, or its
 * own targets when it has some, so each value is worked out once per indicator and set of tags (or
 * unit with its own targets; the first time it is asked for) rather
 * than once per cell: `expectedAt` places dates, which a cube of thousands of units would repeat.
 */
export function cellPlans(indicators: ReadonlyArray<Indicator>, units: ReadonlyArray<Unit>, period: string): CellPlans {
  const end = periodInterval(period)?.end ?? null;
  const tagKeys = new Array<string | undefined>(units.length);
  // A unit with its own targets on an indicator is planned on its own; the others by their tags.
  const ownTargets = indicators.map((ind) => new Set(ind.unitTargets?.map((t) => t.unit)));
  const keyOf = (u: number, i: number): string =>
    ownTargets[i]!.has(units[u]!.id) ? `unit\u0000${units[u]!.id}` : (tagKeys[u] ??= JSON.stringify(units[u]!.tags));
  const memo = <T>(compute: (indicator: Indicator, unit: Unit) => T): ((u: number, i: number) => T) => {
    const byIndicator = indicators.map(() => new Map<string, T>());
    return (u, i) => {
      const seen = byIndicator[i]!;
      const key = keyOf(u, i);
      const known = seen.get(key);
      if (known !== undefined || seen.has(key)) return known as T;
      const value = compute(indicators[i]!, units[u]!);
      seen.set(key, value);
      return value;
    };
  };
  return {
    target: memo((indicator, unit) => targetFor(indicator, unit, period)),
    planned: memo((indicator, unit) => (end === null ? null : expectedAt(planFor(indicator, unit), end))),
  };
}
