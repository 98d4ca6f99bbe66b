import type { Status } from '@eco-reform/core/vocabulary';

/**
 * One distinct shape per status (16 × 16 viewBox), so the status reads without colour:
 * ticks for done states, arrows for direction of progress, a clock for lagging, a
 * warning triangle for risk, an exclamation for overdue, a dash for no data, a ring with a dash
 * (a target with nothing in it) for no target.
 */
export const statusIcons: Readonly<Record<Status, string>> = {
  achieved: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-1.2 10.2L3.6 8l1.2-1.2 2 2 4.4-4.4 1.2 1.2z',
  done: 'M6.2 12.6 1.8 8.2 3.2 6.8l3 3 6.6-6.6 1.4 1.4z',
  onTrack: 'M3 12.6 11.2 4.4H6V2.6h8.2v8.2h-1.8V5.6L4.4 14z',
  moderate: 'M1.5 11.5 9.8 6.3 7.6 4.6l6.6-1.1-.9 6.6-2.1-1.7-8.3 5.2z',
  limited: 'M1 7.1h10.3V4l4.2 4-4.2 4V8.9H1z',
  deteriorating: 'M7.1 1v10.3H4l4 4.2 4-4.2H8.9V1z',
  noData: 'M3 7.1h10v1.8H3z',
  noTarget: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.8a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 8 2.8zM4.6 7.1h6.8v1.8H4.6z',
  notStarted: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.8a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 8 2.8z',
  atRisk: 'M8 1 .5 14.5h15zm-.9 4.5h1.8v4.6H7.1zm0 5.8h1.8v1.8H7.1z',
  lagging:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.8a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 8 2.8zM7.1 4v4.6l3.6 2.2.9-1.5-2.7-1.6V4z',
  overdue: 'M5 1h6l4 4v6l-4 4H5l-4-4V5zm2.1 3v5h1.8V4zm0 6.2V12h1.8v-1.8z',
};
