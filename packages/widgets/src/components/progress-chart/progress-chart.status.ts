import { engine } from '../../internal/load-engine.js';
import { indicatorResults, type Assessment, type Bundle, type IndicatorProgressStatus } from '@eco-reform/core/display';

/** Looks up the assessed status of an indicator for a unit in a period. */
export type StatusLookup = (indicator: string, unit: string, period: string) => IndicatorProgressStatus;

/**
 * The status an indicator has for a unit in a period, as the core's `assess` decides it, so the
 * chart and `<eco-scorecard>` never disagree. Each period is assessed once (for the given units
 * only) and remembered by the returned function, so moving between units or languages is free.
 *
 * @param bundle - A bundle that passed `parseBundle`.
 * @param units - The units the chart shows; only these are assessed.
 * @returns A lookup `(indicator, unit, period) → status`; `noData` when the cell has no value.
 * @example
 * statusLookup(bundle, ['gangkou'])('pm25', 'gangkou', '2025') //=> 'deteriorating'
 */
export function statusLookup(bundle: Bundle, units: ReadonlyArray<string>): StatusLookup {
  const byPeriod = new Map<string, Assessment>();
  return (indicator, unit, period) => {
    let assessment = byPeriod.get(period);
    if (!assessment) {
      assessment = engine().assess(bundle.framework, bundle.observations, { period, units: [...units] });
      byPeriod.set(period, assessment);
    }
    return indicatorResults(assessment, unit).find((r) => r.indicator === indicator)?.status ?? 'noData';
  };
}
