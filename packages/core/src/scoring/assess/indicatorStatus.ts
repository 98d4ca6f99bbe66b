import type { Indicator } from '../../model/indicator.schema.js';
import type { IndicatorProgressStatus } from '../../vocabulary/indicatorProgressStatus.schema.js';
import { meetsTarget } from './meetsTarget.js';

const year = (period: string): number => Number(period.slice(0, 4));

/**
 * Status of one indicator value against its plan ("trajectory vs actual"): `achieved` when it
 * meets the target; otherwise the share of the planned change from baseline that the value has
 * made by this period, where the plan is linear from the baseline year to the target year:
 * ≥ 1 `onTrack`, ≥ 0.6 `moderate`, ≥ 0 `limited`, below the baseline `deteriorating`.
 * Missing values are `noData`. Booleans are `achieved` or `limited`.
 */
export function indicatorStatus(
  indicator: Indicator,
  value: number | boolean | null,
  target: number | boolean,
  period: string,
  direction: 1 | -1,
): IndicatorProgressStatus {
  if (value === null) return 'noData';
  if (meetsTarget(value, target, indicator.target.comparator)) return 'achieved';
  if (typeof value === 'boolean' || typeof target === 'boolean' || typeof indicator.baseline.value === 'boolean') return 'limited';
  const baseline = indicator.baseline.value;
  const y0 = year(indicator.baseline.period);
  const y1 = year(indicator.target.period);
  const share = y1 > y0 ? Math.min(1, Math.max(0, (year(period) - y0) / (y1 - y0))) : 1;
  const expectedChange = (target - baseline) * share;
  const actualChange = (value - baseline) * direction;
  if (actualChange < 0) return 'deteriorating';
  if (expectedChange * direction <= 0) return 'onTrack';
  const ratio = actualChange / (expectedChange * direction);
  return ratio >= 1 ? 'onTrack' : ratio >= 0.6 ? 'moderate' : 'limited';
}
