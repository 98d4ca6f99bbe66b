import { comparePeriods } from './comparePeriods.js';
import type { Observation } from './observation.schema.js';
import type { Note } from './note.schema.js';

/**
 * One period of a unit's observed series: the observation `assess` would score for the cell.
 *
 * @category Model
 * @example
 * const point: ObservedPoint = { period: '2025', value: 42.8, note: null };
 */
export interface ObservedPoint {
  period: string;
  /** The value scored for the cell; `null` when the period has only missing values. */
  value: number | boolean | null;
  /** The note of the observation the value comes from (of a missing one, when there is no value): plain text or `{ zh, en }`. */
  note: Note | null;
}

/**
 * A unit's observed values by indicator, one point per period in time order (`comparePeriods`),
 * chosen as `assess` chooses a cell's value: a missing value (`null`) never replaces a value, the
 * highest `revision` wins (none counts as 0), and of equal revisions with different values the
 * larger as text is kept, so the result never depends on the order of the input. Charts and trend
 * arrows read it instead of picking among revisions themselves. One pass over the observations.
 *
 * @category Model
 * @param observations - Observations of any periods, units and indicators.
 * @param unit - The unit id.
 * @returns Indicator id → its points.
 * @example
 * observedSeries([
 *   { indicator: 'pm25', unit: 'xihu', period: '2025', value: 31 },
 *   { indicator: 'pm25', unit: 'xihu', period: '2025', value: 30.5, revision: 1 },
 *   { indicator: 'pm25', unit: 'xihu', period: '2024', value: 33 },
 * ], 'xihu').get('pm25') //=> [{ period: '2024', value: 33, note: null }, { period: '2025', value: 30.5, note: null }]
 */
export function observedSeries(observations: ReadonlyArray<Observation>, unit: string): Map<string, ObservedPoint[]> {
  const chosen = new Map<string, Map<string, Observation>>();
  for (const o of observations) {
    if (o.unit !== unit) continue;
    let byPeriod = chosen.get(o.indicator);
    if (!byPeriod) chosen.set(o.indicator, (byPeriod = new Map()));
    const kept = byPeriod.get(o.period);
    if (!kept || replaces(o, kept)) byPeriod.set(o.period, o);
  }
  const out = new Map<string, ObservedPoint[]>();
  for (const [indicator, byPeriod] of chosen) {
    const periods = [...byPeriod.keys()].sort(comparePeriods);
    out.set(
      indicator,
      periods.map((period) => {
        const o = byPeriod.get(period)!;
        return { period, value: o.value, note: o.note ?? null };
      }),
    );
  }
  return out;
}

function replaces(o: Observation, kept: Observation): boolean {
  if (o.value === null) return kept.value === null && (o.revision ?? 0) >= (kept.revision ?? 0);
  if (kept.value === null) return true;
  const rev = o.revision ?? 0;
  const before = kept.revision ?? 0;
  return rev > before || (rev === before && String(o.value) > String(kept.value));
}
