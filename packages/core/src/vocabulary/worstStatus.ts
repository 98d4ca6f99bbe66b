import type { Status } from './statusLabels.js';
import { statusSeverity } from './statusSeverity.js';

/**
 * The worst of some statuses by {@link statusSeverity}, ignoring `noData`; `noData` when there is
 * nothing else. The status of an area row or a goal is the worst of its indicators'.
 *
 * @category Model
 * @param statuses - The statuses to roll up.
 * @returns The worst, or `noData`.
 * @example
 * worstStatus(['achieved', 'limited', 'noData']) //=> 'limited'
 * worstStatus(['noData']) //=> 'noData'
 */
export function worstStatus(statuses: ReadonlyArray<Status>): Status {
  let worst: Status = 'noData';
  for (const s of statuses) {
    if (s !== 'noData' && (worst === 'noData' || statusSeverity(s) < statusSeverity(worst))) worst = s;
  }
  return worst;
}
