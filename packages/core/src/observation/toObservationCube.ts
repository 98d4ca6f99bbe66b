import type { Framework } from '../model/framework.schema.js';
import type { Observation } from './observation.schema.js';
import type { ObservationCube } from './observationCube.js';
import { comparePeriods } from './comparePeriods.js';

/**
 * Observations as the fastest input `assess` takes, built once so that many runs on them (live
 * re-weighting, sensitivity) only re-score: a dense {@link ObservationCube} with the framework's units and
 * indicators in framework order (so `assess` uses the period's block without copying it) and
 * the periods up to `period` (earlier ones feed carry-forward). Each cell keeps the value `assess`
 * would pick from the objects: the highest `revision` wins, a `null` never replaces a value.
 * Returns `null` when two observations of `period` share a cell and revision with different
 * values (`assess` reports that conflict as a diagnostic), or when an observation is marked
 * `notApplicable`: the caller keeps the objects then.
 *
 * @category I/O
 * @param framework - A framework that passed `parseFramework` / `parseBundle`.
 * @param observations - The bundle's observations.
 * @param period - The period that will be assessed.
 * @returns The cube, or `null` to keep the objects.
 * @example
 * const cube = toObservationCube(bundle.framework, bundle.observations, '2025')!;
 * assess(framework, cube, { period: '2025' }) // the same assessment as from the objects, faster
 */
export function toObservationCube(
  framework: Framework,
  observations: ReadonlyArray<Observation>,
  period: string,
): ObservationCube | null {
  const units = framework.units.map((u) => u.id);
  const indicators = framework.indicators.map((i) => i.id);
  const seen = new Set<string>();
  for (const o of observations) seen.add(o.period);
  const periods = [...seen].filter((p) => comparePeriods(p, period) <= 0).sort(comparePeriods);
  const U = units.length;
  const I = indicators.length;
  const unitIndex = new Map(units.map((id, k) => [id, k]));
  const indicatorIndex = new Map(indicators.map((id, k) => [id, k]));
  const periodIndex = new Map(periods.map((p, k) => [p, k]));
  const chosen = periodIndex.get(period) ?? -1;
  const values = new Float64Array(periods.length * U * I).fill(Number.NaN);
  const isBoolean = new Uint8Array(values.length);
  const revision = new Float64Array(values.length).fill(-1);
  let booleans = false;
  // A cell that does not apply is kept as an object: the cube's revision rule knows values only.
  for (const o of observations) if (o.notApplicable) return null;
  for (const o of observations) {
    if (o.value === null) continue;
    const p = periodIndex.get(o.period);
    const u = unitIndex.get(o.unit);
    const i = indicatorIndex.get(o.indicator);
    if (p === undefined || u === undefined || i === undefined) continue;
    const at = (p * U + u) * I + i;
    const rev = o.revision ?? 0;
    const x = typeof o.value === 'boolean' ? (o.value ? 1 : 0) : o.value;
    const flag = typeof o.value === 'boolean' ? 1 : 0;
    if (rev === revision[at]) {
      if (x === values[at] && flag === isBoolean[at]) continue;
      if (p === chosen) return null;
      // An earlier period's tie: keep one value whatever the order of the input.
      if (String(o.value) <= String(isBoolean[at] === 1 ? values[at] === 1 : values[at])) continue;
    } else if (rev < revision[at]!) continue;
    revision[at] = rev;
    values[at] = x;
    isBoolean[at] = flag;
    booleans ||= flag === 1;
  }
  return booleans ? { periods, units, indicators, values, isBoolean } : { periods, units, indicators, values };
}
