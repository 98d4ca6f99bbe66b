import type { Indicator } from '../../model/indicator.schema.js';
import { meetsNumericTarget, type Comparator } from './meetsTarget.js';
import { STATUS_CODE } from './statusCodes.js';

const year = (period: string): number => Number(period.slice(0, 4));

/** What one indicator's status rule needs in one period, worked out once for all units. */
export interface StatusPlan {
  comparator: Comparator;
  baseline: number | boolean;
  /** The share of the baseline-to-target span the plan has covered by the period (0–1). */
  share: number;
  direction: 1 | -1;
}

/** The {@link StatusPlan} of an indicator in a period: the plan runs linearly from the baseline year to the target year. */
export function statusPlan(indicator: Indicator, period: string, direction: 1 | -1): StatusPlan {
  const y0 = year(indicator.baseline.period);
  const y1 = year(indicator.target.period);
  const share = y1 > y0 ? Math.min(1, Math.max(0, (year(period) - y0) / (y1 - y0))) : 1;
  return { comparator: indicator.target.comparator, baseline: indicator.baseline.value, share, direction };
}

/**
 * Status of one value against its plan ("trajectory vs actual"), as a {@link STATUS_CODE}:
 * `achieved` when it meets the target; otherwise the share of the planned change from baseline
 * that the value has made by this period: ≥ 1 `onTrack`, ≥ 0.6 `moderate`, ≥ 0 `limited`, below
 * the baseline `deteriorating`. Missing values are `noData`; booleans are `achieved` or `limited`.
 */
export function statusCode(plan: StatusPlan, value: number | boolean | null, target: number | boolean): number {
  if (value === null) return STATUS_CODE.noData;
  if (typeof value === 'boolean' || typeof target === 'boolean') return value === target ? STATUS_CODE.achieved : STATUS_CODE.limited;
  return numericStatusCode(plan, value, target);
}

/** {@link statusCode} for a numeric value and target, the per-cell hot path. */
export function numericStatusCode(plan: StatusPlan, value: number, target: number): number {
  if (meetsNumericTarget(value, target, plan.comparator)) return STATUS_CODE.achieved;
  const baseline = plan.baseline;
  if (typeof baseline === 'boolean') return STATUS_CODE.limited;
  const direction = plan.direction;
  let expectedChange = (target - baseline) * plan.share;
  let actualChange = (value - baseline) * direction;
  // Differences beyond the doubles (values near ±1.8e308): halves, whose ratio is the same.
  if (!(Math.abs(expectedChange) <= Number.MAX_VALUE && Math.abs(actualChange) <= Number.MAX_VALUE)) {
    expectedChange = (target / 2 - baseline / 2) * plan.share;
    actualChange = (value / 2 - baseline / 2) * direction;
  }
  if (actualChange < 0) return STATUS_CODE.deteriorating;
  if (expectedChange * direction <= 0) return STATUS_CODE.onTrack;
  const ratio = actualChange / (expectedChange * direction);
  return ratio >= 1 ? STATUS_CODE.onTrack : ratio >= 0.6 ? STATUS_CODE.moderate : STATUS_CODE.limited;
}
