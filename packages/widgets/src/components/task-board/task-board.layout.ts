import {
  MeasureStatusSchema,
  statusLabels,
  type Bundle,
  type EscalationAction,
  type Lang,
  type MeasureStatus,
  periodInterval,
  type Person,
  type EscalationResult,
  type MeasureStatusResult,
  consequenceLabels,
  consequenceSeverity,
  paceBandLabels,
  paceBandOf,
  type PaceBand,
  type NodeTimelinessResult,
  type Answerable,
} from '@eco-reform/core/display';
import { engine } from '../../shared/load-engine.js';
import { measuresAsOf } from '../../shared/as-of.js';
import { taskBoardText } from './task-board.text.js';
import { bundleOnly, observedPeriods } from '../../shared/bundle-data.js';
import type { DataParser } from '../../shared/data-source.js';

/**
 * How the board groups its cards: by measure status (default) or by owner (有人管).
 *
 * @category Layout
 * @example
 * el.groupBy = 'owner' // TaskBoardGroupBy: 'status' | 'owner'
 */
export type TaskBoardGroupBy = 'status' | 'owner';

/**
 * One measure (重点任务) on the board, every field already text in the board's language.
 *
 * @category Layout
 * @example
 * taskBoardLayout(meixi, { lang: 'en' }).groups[4]!.cards[0]
 * //=> { id: 'backward-capacity', status: 'overdue', dueText: 'June 30, 2025', overdueDays: 184, escalation: { action: 'accountability', … }, … }
 */
export interface TaskBoardCard {
  id: string;
  title: string;
  status: MeasureStatus;
  /** Why the core gave that status. */
  reason: string;
  /** 有人管 / 有人干 / 有人问: position (and name) with their unit; `—` when not named. */
  owner: string;
  doer: string;
  checker: string;
  /** The owner's filter value (see {@link TaskBoardView.options}), or `null` when no owner is named. */
  ownerKey: string | null;
  /** Lead unit (牵头单位) and co-operating units (配合单位), by name; `—` when none co-operate. */
  lead: string;
  cooperating: string;
  /** The next (earliest unfinished) time node's title, or "All time nodes done". */
  node: string;
  /** That node's due date, `YYYY-MM-DD`, and as the language writes it (`—` when all are done). */
  due: string | null;
  dueText: string;
  overdueDays: number;
  /** E.g. "184 days"; `—` when not overdue. */
  overdueText: string;
  /** The 序时进度 band of the current node (超序时 / 按序时 / 滞后序时) by the scheme's bands, `null` without them or when done. */
  band: PaceBand | null;
  /** E.g. "序时进度 50%，完成 20%，滞后序时"; `—` when every node is done. */
  paceText: string;
  /** Nodes completed late (逾期完成), e.g. "Village sewage survey: 46 days late"; `[]` when none. */
  late: string[];
  /** The strongest action the escalation ladder calls for, with the rule that fired, or `null`. */
  escalation: { action: EscalationAction; label: string; rule: string; evidence: string[] } | null;
}

/**
 * One column of the board: a status or an owner, with its cards.
 *
 * @category Layout
 * @example
 * taskBoardLayout(meixi, { lang: 'en' }).groups.map((g) => `${g.heading} ${g.count}`)
 * //=> ['Not started 0', 'On track 2', 'At risk 1', 'Lagging 1', 'Overdue 1', 'Done 9']
 */
export interface TaskBoardGroup {
  /** The status, or the owner's filter value (`''` for measures without an owner). */
  key: string;
  heading: string;
  /** The status of a status group; `null` for an owner group. */
  status: MeasureStatus | null;
  count: number;
  cards: TaskBoardCard[];
}

/**
 * A choice of a filter `<select>`.
 *
 * @category Layout
 * @example
 * const option: TaskBoardOption = { value: 'hurd', label: 'Housing and Urban-Rural Development Bureau' };
 */
export interface TaskBoardOption {
  value: string;
  label: string;
}

/**
 * What the task board shows: groups of cards, the filters in force and their choices, counts.
 *
 * @category Layout
 * @example
 * taskBoardLayout(meixi, { lang: 'en', unit: 'hurd' }).count //=> '6 of 21 measures'
 */
export interface TaskBoardView {
  /** The date statuses are judged at, `YYYY-MM-DD`, and as the language writes it. */
  asOf: string;
  asOfText: string;
  /** The period `asOf` defaults from. */
  period: string;
  /** The unit's name, or the whole city's. */
  scope: string;
  groupBy: TaskBoardGroupBy;
  groups: TaskBoardGroup[];
  /** Measures shown, and in the framework. */
  shown: number;
  total: number;
  /** E.g. "3 of 14 measures". */
  count: string;
  /** E.g. "Overdue: 1, Lagging: 1, …; 2 escalated". */
  summary: string;
  /** The filters in force (unknown values are dropped, as if not set). */
  filters: { unit: string | null; status: MeasureStatus | null; owner: string | null };
  /** The choices of each filter, `''` (all) first. */
  options: { units: TaskBoardOption[]; statuses: TaskBoardOption[]; owners: TaskBoardOption[] };
}

/**
 * Options of {@link taskBoardLayout}.
 *
 * @category Layout
 * @example
 * taskBoardLayout(meixi, { lang: 'zh-CN', unit: 'eeb', groupBy: 'owner', status: 'lagging', asOf: '2025-09-30' })
 */
export interface TaskBoardOptions {
  lang: Lang;
  /** A unit id: only measures it leads or co-operates on. Empty or unknown: the whole city. */
  unit?: string | null;
  groupBy?: TaskBoardGroupBy;
  /** Only measures with this status; not a measure status: all. */
  status?: string | null;
  /** Only measures with this owner: an option value, or the owner's position in either language. */
  owner?: string | null;
  /** The date statuses are judged at (`YYYY-MM-DD`); default the last day of `period`. */
  asOf?: string | null;
  /** Default the latest year observed, else the framework's last period. */
  period?: string | null;
}

const STATUS_RANK: Record<MeasureStatus, number> = {
  overdue: 0,
  lagging: 1,
  atRisk: 2,
  notStarted: 3,
  onTrack: 4,
  done: 5,
};
// The core's severity: commendation 0 never escalates, so every escalation is at least 1.
const strength = (c: TaskBoardCard): number => (c.escalation ? consequenceSeverity[c.escalation.action] : 0);

/**
 * Lays out the task board (有人管、有人干、有人问 on one page): every measure's status on the
 * as-of date from the core's `measureStatus`, its escalation from the core's `escalate`, the
 * three people, lead and co-operating units and next time node; filtered by unit (lead or
 * co-operating), status and owner; grouped by status (every status, in the core's order
 * notStarted → done) or by owner (in the framework's order). In a group the most urgent card comes
 * first: strongest escalation, then most days overdue, then worst status, then framework order.
 * Pure: no DOM, tested in Node.
 *
 * @category Layout
 * @param bundle - A valid bundle.
 * @param options - **lang**, **unit**, **groupBy**, **status**, **owner**, **asOf**, **period**.
 * @returns The board.
 * @example
 * taskBoardLayout(meixi, { lang: 'en', unit: 'miit' }).groups.filter((g) => g.count > 0).map((g) => g.key)
 * //=> ['onTrack', 'lagging', 'overdue']
 */
export function taskBoardLayout(bundle: Bundle, options: TaskBoardOptions): TaskBoardView {
  const { framework } = bundle;
  const { lang } = options;
  const s = taskBoardText[lang];
  const t: Localize = (l) => (l === undefined ? '' : lang === 'zh-CN' ? l.zh || l.en || '' : l.en || l.zh || '');
  const label = (x: MeasureStatus): string => statusLabels[x][lang === 'zh-CN' ? 'zh' : 'en'];
  const { period, asOf } = resolveAsOf(bundle, options.period ?? null, options.asOf ?? null);
  const { date, number } = boardDates(lang);
  const unitName = (id: string): string => {
    const u = framework.units.find((x) => x.id === id);
    return u ? t(u.name) : id;
  };
  const states = measureStates(bundle, asOf);

  const all = framework.measures.map((m, k): TaskBoardCard & { k: number } => {
    const { status: st, escalation: e, band, nodes, holders } = states.get(m.id)!;
    const l = lang === 'zh-CN' ? 'zh' : 'en';
    const node = st.node ? m.nodes.find((n) => n.id === st.node!.id) : undefined;
    return {
      k,
      id: m.id,
      title: t(m.title),
      status: st.status,
      reason: lang === 'zh-CN' ? st.reason.zh : st.reason.en,
      owner: personLabel(m.owner, lang, t, unitName, holders.owner),
      doer: personLabel(m.doer, lang, t, unitName, holders.doer),
      checker: personLabel(m.checker, lang, t, unitName, holders.checker),
      ownerKey: m.owner ? ownerKey(m.owner) : null,
      lead: unitName(m.lead),
      cooperating: m.cooperating.length > 0 ? m.cooperating.map(unitName).join(s.listSep) : '—',
      node: st.node ? (node ? t(node.title) : st.node.id) : s.allNodesDone,
      due: st.node?.due ?? null,
      dueText: st.node ? date(st.node.due) : '—',
      overdueDays: st.overdueDays,
      overdueText: st.overdueDays > 0 ? s.days(number(st.overdueDays)) : '—',
      band: st.node ? band : null,
      paceText: st.node
        ? s.pace(
            number(Math.round(st.expected)),
            number(Math.round(st.reported)),
            st.node && band ? paceBandLabels[band][l] : null,
          )
        : '—',
      late: nodes
        .filter((n) => n.timing === 'late')
        .map((n) => s.late(t(m.nodes.find((x) => x.id === n.node)?.title), number(n.daysLate))),
      escalation: e
        ? {
            action: e.action,
            label: consequenceLabels[e.action][lang === 'zh-CN' ? 'zh' : 'en'],
            rule: lang === 'zh-CN' ? e.rule.zh : e.rule.en,
            evidence: e.evidence,
          }
        : null,
    };
  });

  // Filters: unknown values are ignored, as the scorecard ignores an unknown status filter.
  const owners = new Map<string, string>();
  for (const m of framework.measures)
    if (m.owner && !owners.has(ownerKey(m.owner)))
      owners.set(ownerKey(m.owner), personLabel(m.owner, lang, t, unitName));
  const ownerFilter = options.owner
    ? framework.measures.find(
        (m) => m.owner && [ownerKey(m.owner), m.owner.position.zh, m.owner.position.en].includes(options.owner!),
      )?.owner
    : undefined;
  const owner = ownerFilter ? ownerKey(ownerFilter) : null;
  const status =
    options.status && (MeasureStatusSchema.options as string[]).includes(options.status)
      ? (options.status as MeasureStatus)
      : null;
  const unit = options.unit && framework.units.some((u) => u.id === options.unit) ? options.unit : null;
  const related = (m: (typeof framework.measures)[number]): boolean =>
    unit === null || m.lead === unit || m.cooperating.includes(unit);
  const visible = all
    .filter(
      (c) =>
        related(framework.measures[c.k]!) &&
        (status === null || c.status === status) &&
        (owner === null || c.ownerKey === owner),
    )
    .sort(
      (a, b) =>
        strength(b) - strength(a) ||
        b.overdueDays - a.overdueDays ||
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        a.k - b.k,
    );
  const cards: TaskBoardCard[] = visible.map(({ k: _, ...card }) => card);

  const groupBy: TaskBoardGroupBy = options.groupBy === 'owner' ? 'owner' : 'status';
  const group = (key: string, heading: string, st: MeasureStatus | null, list: TaskBoardCard[]): TaskBoardGroup => ({
    key,
    heading,
    status: st,
    count: list.length,
    cards: list,
  });
  const groups =
    groupBy === 'status'
      ? MeasureStatusSchema.options
          .filter((x) => status === null || x === status)
          .map((x) =>
            group(
              x,
              label(x),
              x,
              cards.filter((c) => c.status === x),
            ),
          )
      : [
          ...[...owners].map(([key, name]) =>
            group(
              key,
              name,
              null,
              cards.filter((c) => c.ownerKey === key),
            ),
          ),
          group(
            '',
            s.noOwner,
            null,
            cards.filter((c) => c.ownerKey === null),
          ),
        ].filter((g) => g.count > 0);

  const counts = MeasureStatusSchema.options
    .map((x) => [x, cards.filter((c) => c.status === x).length] as const)
    .filter(([, n]) => n > 0);
  const escalated = cards.filter((c) => c.escalation).length;
  const involved = framework.units.filter(
    (u) => u.id === unit || framework.measures.some((m) => m.lead === u.id || m.cooperating.includes(u.id)),
  );
  return {
    asOf,
    asOfText: date(asOf),
    period,
    scope: unit ? unitName(unit) : t(framework.jurisdiction),
    groupBy,
    groups,
    shown: cards.length,
    total: framework.measures.length,
    count: s.count(number(cards.length), number(framework.measures.length)),
    summary:
      cards.length === 0
        ? s.none
        : s.summary(
            counts.map(([x, n]) => s.statusCount(label(x), number(n))).join(s.partSep),
            s.escalations(number(escalated)),
          ),
    filters: { unit, status, owner },
    options: {
      units: [
        { value: '', label: s.wholeCity(t(framework.jurisdiction)) },
        ...involved.map((u) => ({ value: u.id, label: t(u.name) })),
      ],
      statuses: [
        { value: '', label: s.all },
        ...MeasureStatusSchema.options.map((x) => ({ value: x, label: label(x) })),
      ],
      owners: [{ value: '', label: s.all }, ...[...owners].map(([value, name]) => ({ value, label: name }))],
    },
  };
}

/** An owner's filter value: their position (and name), Chinese first — what a page author types. */
function ownerKey(p: {
  position: { zh?: string | undefined; en?: string | undefined };
  name?: { zh?: string | undefined; en?: string | undefined } | undefined;
}): string {
  const text = (l: { zh?: string | undefined; en?: string | undefined }): string => l.zh || l.en || '';
  return p.name ? `${text(p.position)} ${text(p.name)}` : text(p.position);
}

/**
 * The first detail of the schema error a task board reports for a precomputed assessment: it
 * scores units but carries no measures, so the board needs the bundle. The component shows its
 * own localised sentence for it.
 *
 * @category Widgets
 * @example
 * el.addEventListener('eco-data-error', (e) => { if (e.detail.details?.[0] === TASK_BOARD_NEEDS_BUNDLE) showHelp(); });
 */
export const TASK_BOARD_NEEDS_BUNDLE =
  'an assessment has no measures: give a bundle { framework, observations, reports }';

/**
 * Reads a task board's data: a bundle `{ framework, observations, reports }` validated with the
 * core's `parseBundle` (shapes and the framework's rules, at most five problems listed with their
 * paths). A precomputed assessment is refused with {@link TASK_BOARD_NEEDS_BUNDLE}: it has no
 * measures, reports or people to show.
 *
 * @category Widgets
 * @param input - Parsed JSON.
 * @returns The bundle, or the problems.
 * @example
 * taskBoardParser({ format: 'eco-reform.assessment/2', results: [] }) //=> { ok: false, details: [TASK_BOARD_NEEDS_BUNDLE] }
 */
export const taskBoardParser: DataParser<Bundle> = (input) => bundleOnly(input, TASK_BOARD_NEEDS_BUNDLE);

/**
 * Picks a bilingual text's side for the board's language, falling back to the other side.
 *
 * @category Layout
 * @example
 * const t: Localize = (l) => (l === undefined ? '' : l.en || l.zh || '');
 */
export type Localize = (l: { zh?: string | undefined; en?: string | undefined } | undefined) => string;

/**
 * The period and as-of date the board judges statuses at: `asOf` when it is a date; else the last
 * day of `period` when it is a period; else of the latest year observed (as the scorecard
 * scores), else of any latest period observed, else of the framework's last period.
 *
 * @category Layout
 * @param bundle - A valid bundle.
 * @param period - The `period` attribute, or `null`.
 * @param asOf - The `as-of` attribute, or `null`.
 * @returns Both, `asOf` as `YYYY-MM-DD`.
 * @example
 * resolveAsOf(meixi, null, null) //=> { period: '2025', asOf: '2025-12-31' }
 */
export function resolveAsOf(
  bundle: Bundle,
  period: string | null,
  asOf: string | null,
): { period: string; asOf: string } {
  const observed = observedPeriods(bundle);
  const chosen =
    period !== null && periodInterval(period)
      ? period
      : (observed.filter((p) => /^\d{4}$/.test(p)).at(-1) ??
        observed.filter((p) => periodInterval(p)).at(-1) ??
        bundle.framework.period.end);
  return { period: chosen, asOf: measuresAsOf(chosen, asOf) };
}

/**
 * Formatters for the board's dates and counts in the language: dates in the long form
 * (`2025年12月31日`, `December 31, 2025`) read in UTC so the day never shifts with the time zone.
 *
 * @category Layout
 * @param lang - `zh-CN` or `en`.
 * @returns `date(YYYY-MM-DD)` and `number(n)`.
 * @example
 * boardDates('zh-CN').date('2026-03-31') //=> '2026年3月31日'
 */
export function boardDates(lang: Lang): { date: (iso: string) => string; number: (n: number) => string } {
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(lang);
  return {
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return dates.format(Date.UTC(y!, m! - 1, d!));
    },
    number: (n) => numbers.format(n),
  };
}

/**
 * A person with a role in a measure as the board writes it: position and name, then their unit in
 * brackets unless the position already is the unit (a checking office); `—` when not named. A role
 * that names a post shows whoever held it on the board's date (the core's `answerableFor`), so a
 * handover shows the successor, and says the post was vacant that day rather than naming anybody.
 *
 * @category Layout
 * @param p - The person, or `undefined`.
 * @param lang - `zh-CN` or `en`.
 * @param t - Picks the language's text.
 * @param unitName - A unit's name from its id.
 * @param holder - Who held the role's post on the board's date, when the role names a post.
 * @returns The text.
 * @example
 * personLabel(owner, 'zh-CN', t, unitName, answerableFor(framework, 'mayor', '2025-12-31')) //=> '市长陈华（美溪市人民政府）'
 */
export function personLabel(
  p: Person | undefined,
  lang: Lang,
  t: Localize,
  unitName: (id: string) => string,
  holder: Answerable | null = null,
): string {
  if (!p) return '—';
  const name = holder ? (holder.name ? t(holder.name) : taskBoardText[lang].vacant) : p.name ? t(p.name) : '';
  // Chinese runs the title into the name (分管经济的副市长赵磊), as the published report writes it;
  // English names the person first (Zhao Lei, Deputy mayor for the economy).
  const who = !name ? t(p.position) : lang === 'zh-CN' ? `${t(p.position)}${name}` : `${name}, ${t(p.position)}`;
  const unit = unitName(p.unit);
  if (unit === t(p.position)) return who;
  return lang === 'zh-CN' ? `${who}（${unit}）` : `${who} (${unit})`;
}

/**
 * Every measure's status on `asOf`, its 序时进度 band, its nodes' timeliness and the escalation
 * the scheme's ladder calls for, all from the core: `measureStatus` with the scheme's
 * `measureThresholds`, `paceBandOf` with its `paceBands` (`null` without them), `nodeTimeliness`,
 * and `escalate` over the supervision checks at every quarter end since the programme began up to
 * `asOf` — the same facts `annualAssessment` records, so the board and the report agree.
 *
 * @category Layout
 * @param bundle - A valid bundle.
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns Status, band, nodes and escalation (or `null`) by measure id.
 * @example
 * measureStates(meixi, '2025-12-31').get('polluters')?.escalation?.action //=> 'warning'
 */
export function measureStates(
  bundle: Bundle,
  asOf: string,
): Map<
  string,
  {
    status: MeasureStatusResult;
    band: PaceBand | null;
    nodes: NodeTimelinessResult[];
    escalation: EscalationResult | null;
    holders: Record<'owner' | 'doer' | 'checker', Answerable | null>;
  }
> {
  const { framework, reports } = bundle;
  const { answerableFor, escalate, measureHistory, measureStatus, nodeTimeliness } = engine();
  const holder = (p: Person | undefined): Answerable | null =>
    p?.post ? answerableFor(framework, p.post, asOf) : null;
  const escalations = new Map(
    escalate(measureHistory(framework, reports, asOf), framework.scheme.escalation ?? [], asOf).map((e) => [
      e.measure,
      e,
    ]),
  );
  const bands = framework.scheme.paceBands;
  return new Map(
    framework.measures.map((m) => {
      const status = measureStatus(m, reports, asOf, framework.scheme.measureThresholds);
      return [
        m.id,
        {
          status,
          band: bands ? paceBandOf(status.pace, bands) : null,
          nodes: nodeTimeliness(m, reports, asOf),
          escalation: escalations.get(m.id) ?? null,
          holders: { owner: holder(m.owner), doer: holder(m.doer), checker: holder(m.checker) },
        },
      ];
    }),
  );
}
