import type { Observation } from '../observation/observation.schema.js';

/**
 * How one indicator moved in one unit over a span of years: its first and last yearly observation
 * in the span (the same one when there is a single year).
 *
 * @category Accountability
 * @example
 * const change: IndicatorChange = { unit: 'nanshan', indicator: 'redline-area',
 *   first: { period: '2024', value: 100 }, last: { period: '2025', value: 97.2 } };
 */
export interface IndicatorChange {
  unit: string;
  indicator: string;
  first: { period: string; value: number | boolean | null };
  last: { period: string; value: number | boolean | null };
}

/**
 * The first and last yearly observation (period `YYYY`) from `fromYear` to `toYear` (inclusive) of
 * every indicator observed in the given units, or only of `indicators` when given, in the order the
 * observations first name each unit and indicator. A tenure view's indicator changes, for its
 * units and for each chief system's area, are read here so both use one rule for which
 * observations fall in a span.
 *
 * @category Accountability
 * @param observations - Observations.
 * @param span - **units**, **fromYear**, **toYear**, and optionally the **indicators** to keep.
 * @returns One change per unit and indicator observed in the span.
 * @example
 * indicatorChanges(observations, { units: new Set(['nanshan']), indicators: new Set(['forest-coverage']), fromYear: 2024, toYear: 2025 })
 * //=> [{ unit: 'nanshan', indicator: 'forest-coverage', first: { period: '2024', … }, last: { period: '2025', … } }] (Meixi)
 */
export function indicatorChanges(
  observations: ReadonlyArray<Observation>,
  span: {
    units: ReadonlySet<string>;
    indicators?: ReadonlySet<string>;
    fromYear: number;
    toYear: number;
  },
): IndicatorChange[] {
  const series = new Map<string, Observation[]>();
  for (const o of observations) {
    const year = Number(o.period.slice(0, 4));
    if (!span.units.has(o.unit) || o.period.length !== 4 || year < span.fromYear || year > span.toYear) continue;
    if (span.indicators !== undefined && !span.indicators.has(o.indicator)) continue;
    const key = `${o.unit}\u0000${o.indicator}`;
    series.set(key, [...(series.get(key) ?? []), o]);
  }
  return [...series.values()].map((list) => {
    const sorted = [...list].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    const [a, b] = [sorted[0]!, sorted.at(-1)!];
    return {
      unit: a.unit,
      indicator: a.indicator,
      first: { period: a.period, value: a.value },
      last: { period: b.period, value: b.value },
    };
  });
}
