import type { Status } from './statusLabels.js';
import { statusSeverity } from './statusSeverity.js';

/**
 * The worst of some statuses by {@link statusSeverity}, ignoring the two that judge nothing
 * (`noData`, `noTarget`); when there is nothing else, `noTarget` if any value was observed without a
 * target, else `noData`. The status of an area row or a goal is the worst of its indicators'.
 *
 * @category Model
 * @param statuses - The statuses to roll up.
 * @returns The worst, or `noTarget` / `noData`.
 * @example
 * worstStatus(['achieved', 'limited', 'noData']) //=> 'limited'
 * worstStatus(['noTarget', 'noData']) //=> 'noTarget'
 * worstStatus(['noData']) //=> 'noData'
 */
export function worstStatus(statuses: ReadonlyArray<Status>): Status {
  let worst: Status = 'noData';
  for (const s of statuses) {
    if (s === 'noTarget' || s === 'noData') {
      if (s === 'noTarget' && worst === 'noData') worst = s;
    } else if (worst === 'noData' || worst === 'noTarget' || statusSeverity(s) < statusSeverity(worst)) worst = s;
  }
  return worst;
}
