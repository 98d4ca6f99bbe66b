import type { Status } from './statusLabels.js';

// Worst first. Indicator and measure statuses interleave by how urgently they call for action; a
// status of no information (`noTarget`: not judged against a target; `noData`) sorts last, after the best.
const ORDER: readonly Status[] = [
  'overdue',
  'deteriorating',
  'lagging',
  'limited',
  'atRisk',
  'moderate',
  'notStarted',
  'onTrack',
  'achieved',
  'done',
  'noTarget',
  'noData',
];

/**
 * Where a status stands from worst (0, `overdue`) to best (`done`), then `noTarget` and `noData`: the one
 * order in which statuses are sorted "worst first" and an area or goal takes the worst of its
 * indicators' statuses ({@link worstStatus}).
 *
 * @category Model
 * @param status - An indicator or measure status.
 * @returns Its place, 0 for the worst.
 * @example
 * ['onTrack', 'noData', 'deteriorating'].sort((a, b) => statusSeverity(a) - statusSeverity(b)) //=> ['deteriorating', 'onTrack', 'noData']
 */
export function statusSeverity(status: Status): number {
  return ORDER.indexOf(status);
}
