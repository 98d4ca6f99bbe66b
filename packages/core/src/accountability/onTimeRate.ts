import type { NodeTimelinessResult } from './nodeTimeliness.js';

/**
 * The on-time completion rate (按期完成率) over a window, with its counts.
 *
 * @category Accountability
 * @example
 * const r: OnTimeRate = { due: 10, onTime: 7, late: 2, overdue: 1, rate: 0.7 };
 */
export interface OnTimeRate {
  /** Nodes due within the window (and not after the `asOf` their timing was judged on). */
  due: number;
  onTime: number;
  late: number;
  overdue: number;
  /** `onTime / due`, or `null` when nothing was due. */
  rate: number | null;
}

/**
 * The on-time completion rate (按期完成率): of the time nodes due from `from` to `to` (inclusive)
 * that were judged past due, the share completed on or before their due date. A node completed
 * late counts as due and not on time; a node not yet due (`pending`) is not counted.
 *
 * @category Accountability
 * @param nodes - From {@link nodeTimeliness}, any measures.
 * @param from - First due date counted, `YYYY-MM-DD`.
 * @param to - Last due date counted, `YYYY-MM-DD`.
 * @returns The counts and the rate.
 * @example
 * onTimeRate(framework.measures.flatMap((m) => nodeTimeliness(m, reports, '2025-12-31')), '2025-01-01', '2025-12-31')
 * //=> { due: 13, onTime: 12, late: 0, overdue: 1, rate: 0.923… } (Meixi, 2025)
 */
export function onTimeRate(nodes: ReadonlyArray<NodeTimelinessResult>, from: string, to: string): OnTimeRate {
  const counts = { onTime: 0, late: 0, overdue: 0 };
  for (const n of nodes) {
    if (n.due < from || n.due > to || n.timing === 'pending') continue;
    counts[n.timing] += 1;
  }
  const due = counts.onTime + counts.late + counts.overdue;
  return { due, ...counts, rate: due === 0 ? null : counts.onTime / due };
}
