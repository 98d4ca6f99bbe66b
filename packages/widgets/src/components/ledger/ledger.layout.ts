import {
  ledgerLabels,
  ledgerStateAt,
  type Bundle,
  type Evidence,
  type Lang,
  type LedgerEntry,
  type Ledgers,
  type LocalizedLabel,
} from '@eco-reform/core/display';
import { ledgerText } from './ledger.text.js';
import { bundleOnly } from '../../shared/bundle-data.js';
import type { DataParser } from '../../shared/data-source.js';

/**
 * Options of {@link ledgerLayout}: the language, the date, and the filters (each `null` for all).
 *
 * @category Layout
 * @example
 * const options: LedgerLayoutOptions = { lang: 'en', asOf: '2025-12-31', source: 'order', unit: null, state: null };
 */
export interface LedgerLayoutOptions {
  lang: Lang;
  /** `YYYY-MM-DD`; `null` for the latest date the ledgers record. */
  asOf: string | null;
  source: string | null;
  unit: string | null;
  state: string | null;
}

/**
 * One choice of a filter select.
 *
 * @category Layout
 * @example
 * const o: LedgerOption = { value: 'order', label: 'Supervision order' };
 */
export interface LedgerOption {
  value: string;
  label: string;
}

/**
 * One event of a row's history, as shown.
 *
 * @category Layout
 * @example
 * const e: LedgerHistoryItem = { date: '2025-10-10', dateText: 'October 10, 2025', action: 'Returned', by: 'Ecology and Environment Bureau', note: '…', evidence: [] };
 */
export interface LedgerHistoryItem {
  date: string;
  dateText: string;
  action: string;
  by: string;
  note: string;
  evidence: Evidence[];
}

/**
 * One ledger entry, as shown: every text formatted, nothing left to compute.
 *
 * @category Layout
 * @example
 * ledgerLayout(meixi, { lang: 'en', asOf: '2025-12-31', source: null, unit: null, state: null }).rows[0]!.overdueText //=> '61 days overdue'
 */
export interface LedgerRow {
  id: string;
  state: LedgerEntry['state'];
  stateText: string;
  sourceText: string;
  listed: boolean;
  unit: string;
  unitName: string;
  title: string;
  detail: string;
  document: string;
  person: string;
  due: string;
  dueText: string;
  overdueDays: number;
  overdueText: string;
  lateDays: number;
  lateText: string;
  history: LedgerHistoryItem[];
}

/**
 * The ledger board's view model.
 *
 * @category Layout
 * @example
 * const view: LedgerView = ledgerLayout(meixi, { lang: 'en', asOf: '2025-12-31', source: null, unit: null, state: null });
 * view.count //=> '30 of 30 items'
 */
export interface LedgerView {
  asOf: string;
  asOfText: string;
  filters: { source: string | null; unit: string | null; state: string | null };
  options: { sources: LedgerOption[]; units: LedgerOption[]; states: LedgerOption[] };
  rows: LedgerRow[];
  total: number;
  count: string;
  summary: string;
}

/** Every date the ledgers record; the latest is the default as-of date. */
function dates(l: Ledgers): string[] {
  return [
    ...l.problems.flatMap((p) => [p.opened, ...p.history.map((t) => t.date)]),
    ...l.orders.flatMap((o) => [o.issued, ...o.replies.map((r) => r.date)]),
    ...l.dispatches.flatMap((d) => [d.date, ...d.assignments.flatMap((a) => (a.done ? [a.done.date] : []))]),
    ...l.duties.flatMap((d) => d.submissions.map((s) => s.date)),
  ];
}

/**
 * The ledger board, laid out: the core's `ledgerStateAt` at the date (overdue first, as the core
 * orders them), filtered by source, unit and state, each entry's texts in the language, the
 * filters' choices (only those present) and the counts. Pure: no DOM.
 *
 * @category Layout
 * @param bundle - A bundle with ledgers.
 * @param options - **lang**, **asOf**, **source**, **unit**, **state**.
 * @returns The view.
 * @example
 * ledgerLayout(meixi, { lang: 'en', asOf: '2025-12-31', source: null, unit: 'qingxi', state: null }).rows.map((r) => r.id).slice(0, 2)
 * //=> ['r-monthly/qingxi/2025-11', 'p-2025-02']
 */
export function ledgerLayout(bundle: Bundle & { ledgers: Ledgers }, options: LedgerLayoutOptions): LedgerView {
  const { lang } = options;
  const s = ledgerText[lang];
  const zh = lang === 'zh-CN';
  const t = (l: LocalizedLabel | { zh?: string; en?: string }): string => (zh ? (l.zh ?? l.en) : (l.en ?? l.zh)) ?? '';
  const day = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const dateText = (d: string): string => day.format(new Date(`${d}T00:00:00Z`));
  const number = new Intl.NumberFormat(lang);
  const names = new Map(bundle.framework.units.map((u) => [u.id, t(u.name)]));
  const name = (id: string): string => names.get(id) ?? id;
  const asOf = options.asOf ?? dates(bundle.ledgers).sort().at(-1) ?? '';
  const entries = asOf ? ledgerStateAt(bundle.ledgers, asOf) : [];
  const rows = entries
    .filter(
      (e) =>
        (options.source === null || e.source === options.source) &&
        (options.unit === null || e.unit === options.unit) &&
        (options.state === null || e.state === options.state),
    )
    .map(
      (e): LedgerRow => ({
        id: e.id,
        state: e.state,
        stateText: t(ledgerLabels.state[e.state]),
        sourceText: t(ledgerLabels.source[e.source]),
        listed: e.listed === true,
        unit: e.unit,
        unitName: name(e.unit),
        title: t(e.title),
        detail: e.detail ? t(e.detail) : '',
        document: e.document ?? '',
        person: e.person ? t(e.person) : '',
        due: e.due,
        dueText: dateText(e.due),
        overdueDays: e.overdueDays,
        overdueText: e.overdueDays > 0 ? s.days(number.format(e.overdueDays)) : '',
        lateDays: e.lateDays,
        lateText: e.lateDays > 0 ? s.lateDays(number.format(e.lateDays)) : '',
        history: e.history.map((h) => ({
          date: h.date,
          dateText: dateText(h.date),
          action: s.actions[h.action],
          by: [h.unit ? name(h.unit) : '', h.person ?? ''].filter(Boolean).join(' · '),
          note: h.note ? t(h.note) : '',
          evidence: h.evidence,
        })),
      }),
    );
  const present = <K extends string>(keys: Iterable<K>, label: (k: K) => string): LedgerOption[] => [
    { value: '', label: s.all },
    ...[...new Set(keys)].map((k) => ({ value: k, label: label(k) })),
  ];
  const overdue = entries.filter((e) => e.overdueDays > 0).length;
  const open = entries.filter((e) => e.state !== 'closed' && e.state !== 'done').length;
  return {
    asOf,
    asOfText: asOf ? dateText(asOf) : '',
    filters: { source: options.source, unit: options.unit, state: options.state },
    options: {
      sources: present(
        entries.map((e) => e.source),
        (k) => t(ledgerLabels.source[k]),
      ),
      units: present(
        entries.map((e) => e.unit),
        (k) => name(k),
      ),
      states: present(
        entries.map((e) => e.state),
        (k) => t(ledgerLabels.state[k]),
      ),
    },
    rows,
    total: entries.length,
    count: s.count(number.format(rows.length), number.format(entries.length)),
    summary: s.summary(number.format(overdue), number.format(open)),
  };
}

/**
 * The first detail of the error a ledger board reports for a precomputed assessment: it has no
 * ledgers. The component shows its own localised sentence for it.
 *
 * @category Widgets
 * @example
 * el.addEventListener('eco-data-error', (e) => { if (e.detail.details?.[0] === LEDGER_NEEDS_BUNDLE) showHelp(); });
 */
export const LEDGER_NEEDS_BUNDLE = 'an assessment has no ledgers: give a bundle with ledgers';

/**
 * The first detail of the error a ledger board reports for a bundle without `ledgers`.
 *
 * @category Widgets
 * @example
 * ledgerParser({ framework, observations: [], reports: [] }) //=> { ok: false, details: [LEDGER_NEEDS_LEDGERS] }
 */
export const LEDGER_NEEDS_LEDGERS = 'the bundle has no ledgers';

/**
 * Reads a ledger board's data: a bundle with `ledgers`, validated with the core's `parseBundle`
 * (the ledgers' lifecycle, evidence and units included; at most five problems listed with their
 * paths). An assessment or a bundle without ledgers is refused with its own detail.
 *
 * @category Widgets
 * @param input - Parsed JSON.
 * @returns The bundle with its ledgers, or the problems.
 * @example
 * ledgerParser({ format: 'eco-reform.assessment/2', results: [] }) //=> { ok: false, details: [LEDGER_NEEDS_BUNDLE] }
 */
export const ledgerParser: DataParser<Bundle & { ledgers: Ledgers }> = (input) => {
  const r = bundleOnly(input, LEDGER_NEEDS_BUNDLE);
  if (!r.ok) return r;
  return r.value.ledgers
    ? { ok: true, value: r.value as Bundle & { ledgers: Ledgers } }
    : { ok: false, details: [LEDGER_NEEDS_LEDGERS] };
};
