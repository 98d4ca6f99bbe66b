import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { Measure } from '../model/measure.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import type { MeasureStatus } from '../vocabulary/measureStatus.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';

/**
 * Options of {@link measureStatus}.
 *
 * @category Accountability
 * @example
 * const sewage = framework.measures.find((m) => m.id === 'sewage')!; // Meixi
 * measureStatus(sewage, reports, '2025-12-31', { atRisk: 0.75, lagging: 0.5 }).status //=> 'onTrack' (with the defaults: 'atRisk')
 */
export interface MeasureStatusOptions {
  /** Reported progress below this share of expected progress is `atRisk`; default *0.9*. */
  atRisk?: number;
  /** Below this share it is `lagging`; default *0.7*. */
  lagging?: number;
  /** When work on the first node starts; default 1 January of the first node's year. */
  start?: string;
}

/**
 * A measure's status on a date, with the facts behind it.
 *
 * @category Accountability
 * @example
 * measureStatus(framework.measures.find((m) => m.id === 'sewage')!, reports, '2025-12-31') // Meixi
 * //=> { measure: 'sewage', status: 'atRisk', node: { id: 'operate', due: '2026-03-31' }, reported: 40, expected: 50.549…, overdueDays: 0,
 * //     reason: { en: 'node "In operation" (due 2026-03-31) is 40% done with 51% of its time gone', … } }
 */
export interface MeasureStatusResult {
  measure: string;
  status: MeasureStatus;
  reason: LocalizedLabel;
  /** The node being worked on (the earliest unfinished one), or `null` when all are done. */
  node: { id: string; due: string } | null;
  /** Percent of that node reported done by `asOf` (latest report for it). */
  reported: number;
  /** Percent of that node's time window elapsed by `asOf`. */
  expected: number;
  /** Days the node is past its due date (0 unless overdue). */
  overdueDays: number;
  /**
   * Reported ÷ expected (序时进度 ratio): *1* when nothing was expected yet or every node is done;
   * the status thresholds and a scheme's 序时进度 bands both read it.
   */
  pace: number;
}

const days = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));
const pct = (x: number): string => `${Math.round(x)}%`;

/**
 * The status of a measure (重点任务) on a date from its time nodes (时间节点) and progress reports.
 * Nodes are done in due-date order; a node is done when a report for it says 100 % or `done`.
 * `done`: every node done. `overdue`: the node being worked on was due before `asOf` (due today is
 * not overdue). `notStarted`: nothing reported yet. Otherwise the node's reported percent is
 * compared with the share of its window elapsed (from the previous node's due date, or `start`,
 * to its own): at least `atRisk` of it `onTrack`, at least `lagging` of it `atRisk`, else
 * `lagging`. Calendar days via date-fns, so the time zone never matters.
 *
 * @category Accountability
 * @param measure - The measure.
 * @param reports - Progress reports (other measures' are ignored; only those dated on or before `asOf` count).
 * @param asOf - The date, `YYYY-MM-DD`.
 * @param options - **atRisk**, **lagging**, **start**.
 * @returns Status, reason and evidence.
 * @example
 * measureStatus(measure, reports, '2025-12-31') //=> { status: 'overdue', overdueDays: 184, reason: { zh: '节点“完成淘汰任务的50%”应于 2025-06-30 完成…' }, … }
 */
export function measureStatus(
  measure: Measure,
  reports: ReadonlyArray<ProgressReport>,
  asOf: string,
  { atRisk = 0.9, lagging = 0.7, start }: MeasureStatusOptions = {},
): MeasureStatusResult {
  const mine = reports
    .filter((r) => r.measure === measure.id && r.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.percent - b.percent));
  const nodes = [...measure.nodes].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const isDone = (id: string): boolean => mine.some((r) => r.node === id && (r.percent >= 100 || r.status === 'done'));
  const k = nodes.findIndex((n) => !isDone(n.id));
  if (nodes.length === 0 || k < 0) {
    return {
      measure: measure.id,
      status: 'done',
      node: null,
      reported: 100,
      expected: 100,
      overdueDays: 0,
      pace: 1,
      reason: { en: 'every time node is done', zh: '全部时间节点已完成' },
    };
  }
  const node = nodes[k]!;
  const latest = mine.filter((r) => r.node === node.id).at(-1);
  const reported = latest ? latest.percent : 0;
  const from = k > 0 ? nodes[k - 1]!.due : (start ?? `${node.due.slice(0, 4)}-01-01`);
  const span = Math.max(1, days(from, node.due));
  const expected = Math.min(100, Math.max(0, (100 * days(from, asOf)) / span));
  const pace = expected > 0 ? reported / expected : 1;
  const base = { measure: measure.id, node: { id: node.id, due: node.due }, reported, expected, pace };
  // The node by its title in each language (the other language's, else its id, when one is missing).
  const en = node.title.en || node.title.zh || node.id;
  const zh = node.title.zh || node.title.en || node.id;
  if (node.due < asOf) {
    const overdueDays = days(node.due, asOf);
    return {
      ...base,
      status: 'overdue',
      overdueDays,
      reason: {
        en: `node "${en}" was due ${node.due} and is ${pct(reported)} done (${overdueDays} days late)`,
        zh: `节点“${zh}”应于 ${node.due} 完成，目前完成 ${pct(reported)}（逾期 ${overdueDays} 天）`,
      },
    };
  }
  if (mine.length === 0) {
    return {
      ...base,
      status: 'notStarted',
      overdueDays: 0,
      reason: { en: 'no progress reported yet', zh: '尚未报告进展' },
    };
  }
  const status: MeasureStatus = pace >= atRisk ? 'onTrack' : pace >= lagging ? 'atRisk' : 'lagging';
  return {
    ...base,
    status,
    overdueDays: 0,
    reason: {
      en: `node "${en}" (due ${node.due}) is ${pct(reported)} done with ${pct(expected)} of its time gone`,
      zh: `节点“${zh}”（${node.due} 到期）完成 ${pct(reported)}，时间已过 ${pct(expected)}`,
    },
  };
}
