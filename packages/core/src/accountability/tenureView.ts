import type { Framework } from '../model/framework.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';
import { localized } from '../scoring/_engine/localized.js';
import { checkRedLines, type RedLineFinding } from './checkRedLines.js';
import { measureStatus, type MeasureStatusResult } from './measureStatus.js';
import { measureHistory } from './measureHistory.js';
import { escalate, type EscalationResult } from './escalate.js';
import { nodeTimeliness, type NodeTimelinessResult } from './nodeTimeliness.js';
import type { Ledgers } from '../ledger/ledgers.schema.js';
import type { LedgerEntry } from '../ledger/ledgerEntry.js';
import { problemStateAt } from '../ledger/problemStateAt.js';
import type { ChiefAreaKind } from '../vocabulary/chiefAreaKind.schema.js';
import { indicatorChanges, type IndicatorChange } from './indicatorChanges.js';
import type { PaceBand } from '../vocabulary/paceBand.schema.js';
import { paceBandOf } from './paceBandOf.js';

/**
 * Options of {@link tenureView}: the person and the period, both dates inclusive.
 *
 * @category Accountability
 * @example
 * const options: TenureViewOptions = { person: 'li-ming', from: '2024-01-01', to: '2025-06-30' };
 */
export interface TenureViewOptions {
  person: string;
  from: string;
  to: string;
  /** The supervision ledgers, for the problems under the person; without them `problems` is `[]`. */
  ledgers?: Ledgers;
}

/**
 * What happened under one person in a period (离任审计, 终身追责): the posts they held in it, the
 * indicator changes of their posts' units, the rivers, lakes and forests they were chief of with
 * their indicators' changes, the red-line findings of the zones they answered for,
 * the tasks they answered for with their status and nodes, the escalations on those tasks, and
 * and the ledgers' problems bound to their posts (or, without a post, in their units) that were open
 * at some time in the period, each in its state on the view's end.
 *
 * @category Accountability
 * @example
 * tenureView(framework, observations, reports, { person: 'li-ming', from: '2024-01-01', to: '2025-06-30' }).tasks.map((t) => t.measure)
 * //=> ['redline', 'polluters', 'eco-creation', 'green-campus', 'rural-environment'] (Meixi)
 */
export interface TenureView {
  person: string;
  name: LocalizedLabel;
  from: string;
  /** The end of the period asked for. */
  to: string;
  /** The end of the view: `to`, or the day the person last left a post in the period if earlier. */
  until: string;
  positions: Array<{ post: string; unit: string; title: LocalizedLabel; start: string; end: string | null }>;
  indicators: IndicatorChange[];
  /**
   * The rivers, lakes, forests and wetlands whose chief's post the person held in the period, one
   * entry per tenure in the post: the dates they answered for it clipped to the view (`from`, `to`),
   * and its indicators' first and last yearly values in its units in the years of those dates.
   */
  chiefAreas: Array<{
    area: string;
    kind: ChiefAreaKind;
    name: LocalizedLabel;
    post: string;
    from: string;
    to: string;
    indicators: IndicatorChange[];
  }>;
  redLines: RedLineFinding[];
  tasks: Array<{
    measure: string;
    roles: Array<'owner' | 'doer' | 'checker'>;
    status: MeasureStatusResult;
    /** The 序时进度 band on `until` by the scheme's `paceBands`; `null` when it declares none. */
    band: PaceBand | null;
    nodes: NodeTimelinessResult[];
  }>;
  actions: EscalationResult[];
  /** Problems open at some time in the period, bound to the person's posts or units, as on `until`; `[]` without ledgers. */
  problems: LedgerEntry[];
}

/**
 * The tenure view: for one person and period, the posts they held (tenures overlapping it), the
 * first and last yearly observation within it of every indicator of their posts' units, the
 * chief system's areas bound to their posts (河长, 湖长, 林长) with the dates they answered for each
 * and the first and last values of its indicators in its units then, the red-line check of each
 * year in it for the zones bound to their posts (or, without a post, in their units), the tasks
 * one of whose roles names a post they held in it — with the status and 序时进度 band on the view's
 * end and the nodes due in the period — and the escalations on those tasks by then.
 * The view ends on `to`, or earlier when the person left their last post before it.
 *
 * @category Accountability
 * @param framework - A valid framework with `people`.
 * @param observations - Observations.
 * @param reports - Progress reports.
 * @param options - **person**, **from**, **to**.
 * @returns The view; `null` when the person is unknown or held no post in the period.
 * @example
 * tenureView(framework, observations, reports, { person: 'wang-fang', from: '2025-07-01', to: '2025-12-31' })?.actions.map((a) => a.action)
 * //=> ['warning'] (Meixi: polluters lagging twice under the new deputy mayor)
 */
export function tenureView(
  framework: Framework,
  observations: ReadonlyArray<Observation>,
  reports: ReadonlyArray<ProgressReport>,
  { person, from, to, ledgers }: TenureViewOptions,
): TenureView | null {
  const holder = (framework.people ?? []).find((p) => p.id === person);
  if (!holder) return null;
  const positions = holder.positions
    .filter((p) => p.start <= to && (p.end === undefined || p.end >= from))
    .map((p) => ({ post: p.post, unit: p.unit, title: localized(p.title), start: p.start, end: p.end ?? null }));
  if (positions.length === 0) return null;
  const until = positions.some((p) => p.end === null || p.end >= to)
    ? to
    : positions
        .map((p) => p.end!)
        .sort()
        .at(-1)!;
  const posts = new Set(positions.map((p) => p.post));
  const units = new Set(positions.map((p) => p.unit));
  const [y0, y1] = [Number(from.slice(0, 4)), Number(until.slice(0, 4))];

  const indicators = indicatorChanges(observations, { units, fromYear: y0, toYear: y1 });

  const chiefAreas = positions.flatMap((p) => {
    // The dates the person answered for the post, clipped to the view.
    const start = p.start > from ? p.start : from;
    const end = p.end !== null && p.end < until ? p.end : until;
    return (framework.chiefAreas ?? [])
      .filter((a) => a.post === p.post)
      .map((a) => ({
        area: a.id,
        kind: a.kind,
        name: localized(a.name),
        post: a.post,
        from: start,
        to: end,
        indicators: indicatorChanges(observations, {
          units: new Set(a.units),
          indicators: new Set(a.indicators),
          fromYear: Number(start.slice(0, 4)),
          toYear: Number(end.slice(0, 4)),
        }),
      }));
  });

  const zones = framework.redLines.filter((z) => (z.post !== undefined ? posts.has(z.post) : units.has(z.unit)));
  const redLines: RedLineFinding[] = [];
  for (let y = y0; y <= y1; y++) redLines.push(...checkRedLines(zones, String(y)));

  const tasks = framework.measures.flatMap((m) => {
    const roles = (['owner', 'doer', 'checker'] as const).filter((r) => {
      const post = m[r]?.post;
      return post !== undefined && posts.has(post);
    });
    if (roles.length === 0) return [];
    const nodes = nodeTimeliness(m, reports, until).filter((n) => n.due >= from && n.due <= until);
    const status = measureStatus(m, reports, until, framework.scheme.measureThresholds);
    const bands = framework.scheme.paceBands;
    return [{ measure: m.id, roles: [...roles], status, band: bands ? paceBandOf(status.pace, bands) : null, nodes }];
  });
  const mine = new Set(tasks.map((t) => t.measure));
  const actions = escalate(
    measureHistory(framework, reports, until).filter((r) => mine.has(r.measure) && r.date >= from),
    framework.scheme.escalation ?? [],
    until,
  );
  return {
    person,
    name: localized(holder.name),
    from,
    to,
    until,
    positions,
    indicators,
    chiefAreas,
    redLines,
    tasks,
    actions,
    problems: problemsUnder(ledgers, posts, units, from, until),
  };
}

/**
 * The problems a person answered for in a period: bound to one of their posts (the problem's
 * `person.post`), or without a post in one of their units; opened by the view's end and not closed
 * before it began (终身追责: a problem found under them stays theirs after it is closed or they move).
 */
function problemsUnder(
  ledgers: Ledgers | undefined,
  posts: ReadonlySet<string>,
  units: ReadonlySet<string>,
  from: string,
  until: string,
): LedgerEntry[] {
  if (!ledgers) return [];
  return ledgers.problems.flatMap((problem) => {
    const post = problem.person?.post;
    if (post !== undefined ? !posts.has(post) : !units.has(problem.unit)) return [];
    const closed = problem.history.find((t) => t.action === 'close')?.date;
    if (closed !== undefined && closed < from) return [];
    const entry = problemStateAt(problem, until);
    return entry ? [entry] : [];
  });
}
