import type { Indicator } from '../../model/indicator.schema.js';
import { meetsNumericTarget, type Comparator } from '../assess/meetsTarget.js';
import { STATUS_CODE } from './statusCodes.js';

/**
 * What one indicator's status rule needs besides the cell's target and planned value: the same for
 * every unit and period. `comparator` is `null` for an indicator without a target, `baseline` for
 * one without a baseline.
 */
export interface StatusPlan {
  comparator: Comparator | null;
  baseline: number | boolean | null;
  direction: 1 | -1;
}

/** The {@link StatusPlan} of an indicator. */
export function statusPlan(indicator: Indicator, direction: 1 | -1): StatusPlan {
  return { comparator: indicator.target?.comparator ?? null, baseline: indicator.baseline?.value ?? null, direction };
}

/**
 * Status of one value against its plan ("trajectory vs actual"), as a {@link STATUS_CODE}:
 * `achieved` when it meets the target the unit faces in the period (`targetFor`); otherwise the
 * share of the planned change that the value has made, where the planned change runs from the
 * baseline to the planned value on the period's last day (`expectedAt`, which already passes
 * through the milestones, so nothing is discounted a second time): ≥ 1 `onTrack`, ≥ 0.6
 * `moderate`, ≥ 0 `limited`, worse than the baseline `deteriorating`; a plan that asks for no
 * change yet is `onTrack` when the value has not moved the wrong way. Missing values are
 * `noData`; a value of an indicator without a target (scored relative to the other units) is
 * `noTarget`, not judged; booleans (and a numeric value with no numeric plan: a period that is not
 * a calendar period, or an indicator without a baseline) are `achieved` or `limited`.
 */
export function statusCode(
  plan: StatusPlan,
  value: number | boolean | null,
  target: number | boolean | null,
  planned: number | boolean | null,
): number {
  if (value === null) return STATUS_CODE.noData;
  if (target === null || plan.comparator === null) return STATUS_CODE.noTarget;
  if (typeof value === 'boolean' || typeof target === 'boolean')
    return value === target ? STATUS_CODE.achieved : STATUS_CODE.limited;
  if (meetsNumericTarget(value, target, plan.comparator)) return STATUS_CODE.achieved;
  const baseline = plan.baseline;
  if (baseline === null || typeof baseline === 'boolean' || typeof planned !== 'number') return STATUS_CODE.limited;
  const direction = plan.direction;
  let plannedChange = (planned - baseline) * direction;
  let actualChange = (value - baseline) * direction;
  // Differences beyond the doubles (values near ±1.8e308): halves, whose ratio is the same.
  if (!(Math.abs(plannedChange) <= Number.MAX_VALUE && Math.abs(actualChange) <= Number.MAX_VALUE)) {
    plannedChange = (planned / 2 - baseline / 2) * direction;
    actualChange = (value / 2 - baseline / 2) * direction;
  }
  if (actualChange < 0) return STATUS_CODE.deteriorating;
  if (plannedChange <= 0) return STATUS_CODE.onTrack;
  const ratio = actualChange / plannedChange;
  return ratio >= 1 ? STATUS_CODE.onTrack : ratio >= 0.6 ? STATUS_CODE.moderate : STATUS_CODE.limited;
}
