import type { NodeTimelinessResult } from './nodeTimeliness.js';

/**
 * The on-time completion rate (按期完成率) over a window, with its counts.
 *
 * @category Accountability
 * @example
 * const r: OnTimeRate = { due: 10, onTime: 7, late: 2, notDone: 1, rate: 0.7 };
 */
export interface OnTimeRate {
  /** Nodes due within the window. */
  due: number;
  onTime: number;
  late: number;
  /** Not completed by the `asOf` their timing was judged on (overdue, or due on that very day). */
  notDone: number;
  /** `onTime / due`, or `null` when nothing was due. */
  rate: number | null;
}

/**
 * The on-time completion rate (按期完成率): of the time nodes due from `from` to `to` (inclusive),
 * the share completed on or before their due date. A node completed late, or not completed (overdue,
 * or due on `to` itself and not reported done), counts as due and not on time. `to` is the `asOf`
 * the nodes were judged on, or earlier: a node due after that is not yet known.
 *
 * @category Accountability
 * @param nodes - From {@link nodeTimeliness}, any measures.
 * @param from - First due date counted, `YYYY-MM-DD`.
 * @param to - Last due date counted, `YYYY-MM-DD`.
 * @returns The counts and the rate.
 * @example
 * onTimeRate(framework.measures.flatMap((m) => nodeTimeliness(m, reports, '2025-12-31')), '2025-01-01', '2025-12-31')
 * //=> { due: 20, onTime: 18, late: 1, notDone: 1, rate: 0.9 } (Meixi, 2025)
 */
export function onTimeRate(nodes: ReadonlyArray<NodeTimelinessResult>, from: string, to: string): OnTimeRate {
  const counts = { onTime: 0, late: 0, notDone: 0 };
  for (const n of nodes) {
    if (n.due < from || n.due > to) continue;
    if (n.timing === 'onTime' || n.timing === 'late') counts[n.timing] += 1;
    else counts.notDone += 1;
  }
  const due = counts.onTime + counts.late + counts.notDone;
  return { due, ...counts, rate: due === 0 ? null : counts.onTime / due };
}
