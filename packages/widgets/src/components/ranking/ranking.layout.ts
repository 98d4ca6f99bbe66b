import { type Lang, type Assessment, type Bundle, type LocalizedLabel, type RuleFired } from '@eco-reform/core/display';
import { linearScale } from '../../shared/linear-scale.js';
import { rankingSummary, rankingText } from './ranking.text.js';
import {
  previousPeriod,
  rankingFormat,
  rankingParser,
  type RankingData,
  type RankingFormat,
} from '../../shared/ranked-assessment.js';

export { previousPeriod, rankingFormat, rankingParser, type RankingData, type RankingFormat };

/**
 * Options of {@link rankingLayout}.
 *
 * @category Layout
 * @example
 * const options: RankingLayoutOptions = { lang: 'en', width: 640, unit: 'gangkou', pageSize: 50 };
 */
export interface RankingLayoutOptions {
  lang: Lang;
  /** Width of the SVG in CSS pixels; default 640, at least 280. */
  width?: number;
  /** The highlighted unit's id. */
  unit?: string | null;
  /** The page to show, from 1; default the highlighted unit's page, else the first. Clamped to the pages there are. */
  page?: number | null;
  /** Rows and bars per page; default 50. */
  pageSize?: number;
}

/**
 * One unit's row on the current page: its texts (exactly as the table twin has them) and its bar.
 *
 * @category Layout
 * @example
 * rankingLayout(data2025, { lang: 'en', unit: 'gangkou' }).rows[2]
 * //=> { unit: 'nanshan', name: 'Nanshan District', rankText: '3', totalText: '94.1', gradeText: 'Fail', changeText: 'down 1', bar: { x: …, width: … }, … }
 */
export interface RankingRow {
  unit: string;
  name: string;
  /** Position in the full ranking order, from 1. */
  position: number;
  rank: number | null;
  /** "3", "T2" / "第3", "并列第2", or "—". */
  rankText: string;
  tied: boolean;
  total: number | null;
  totalText: string;
  grade: string | null;
  gradeText: string;
  change: RankChange;
  /** "up 2", "unchanged", "newly ranked", "—". */
  changeText: string;
  /** An arrow for the change, beside the words; `''` when there is none. */
  changeArrow: '↑' | '↓' | '→' | '★' | '';
  /** Why the grade or the place is what it is: a rule that set the grade, or why there is no total. */
  note: string;
  highlighted: boolean;
  /** The row's band in the SVG: top edge and height. */
  y: number;
  height: number;
  /** The bar from the axis's zero to the total; `null` without a total. */
  bar: { x: number; y: number; width: number; height: number } | null;
  /** The row's label left of the plot (rank and name, shortened to fit). */
  label: { x: number; y: number; text: string };
  /** The total (a grade a rule set, and the change) right of the bar, or inside its end when there is no room; or "no total". */
  value: { x: number; y: number; text: string; anchor: 'start' | 'end'; inside: boolean };
}

/**
 * A grade band drawn behind the bars, between its edge and the next grade's.
 *
 * @category Layout
 * @example
 * rankingLayout(data2025, { lang: 'en' }).bands[0] //=> { grade: 'excellent', label: 'Excellent', range: '≥ 90', x0: …, x1: …, k: 0, labelX: …, labelY: 12 }
 */
export interface RankingBand {
  grade: string;
  /** The grade's name. */
  label: string;
  /** The totals in the band, e.g. "≥ 90", "< 60". */
  range: string;
  x0: number;
  x1: number;
  /** Position in the scheme's grades, best first: styles alternate by it. */
  k: number;
  labelX: number;
  labelY: number;
}

/**
 * Which page is shown and how many there are; positions count from 1.
 *
 * @category Layout
 * @example
 * rankingLayout(data3000, { lang: 'en', pageSize: 50 }).page //=> { number: 1, count: 60, size: 50, first: 1, last: 50, units: 3000 }
 */
export interface RankingPage {
  number: number;
  count: number;
  size: number;
  first: number;
  last: number;
  units: number;
}

/**
 * Everything the ranking draws and says for one page: plain numbers and texts, no DOM.
 *
 * @category Layout
 * @example
 * const view: RankingLayout = rankingLayout(data, { lang: 'en', width: 640, unit: 'gangkou' });
 * svg`${view.rows.map((r) => r.bar && svg`<rect x=${r.bar.x} width=${r.bar.width} …></rect>`)}`
 */
export interface RankingLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  period: string;
  /** The period the change of rank is measured from, or `null`. */
  previousPeriod: string | null;
  caption: string;
  /** "change since 2024" / "与2024年比较", or `null` without a previous period. */
  comparedWith: string | null;
  /** The table's column headings, as in {@link rankingTable}. */
  head: string[];
  bands: RankingBand[];
  /** Axis ticks: the grade edges and the ends of the scale. */
  ticks: Array<{ x: number; value: number; label: string }>;
  /** The rows of the current page only. */
  rows: RankingRow[];
  page: RankingPage;
  /** Whether any two units share a rank. */
  ties: boolean;
  /** The highlighted unit's id when it is in the ranking, else `null`. */
  highlighted: string | null;
  /** The whole ranking in words (every unit, not only the page). */
  summary: string;
}

const ROW = 26;
const BAR = 16;
const FONT = 12;
const r2 = (v: number): number => Math.round(v * 100) / 100 + 0;
const wide = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
/** Width of a 12 px label, estimated: CJK square, the rest about 0.58 em. Pure, no measuring. */
const textWidth = (text: string): number => [...text].reduce((w, c) => w + (wide.test(c) ? FONT : FONT * 0.58), 0);
function fit(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  for (const c of text) {
    if (textWidth(`${out}${c}…`) > max) break;
    out += c;
  }
  return `${out}…`;
}

/**
 * Lays out one page of the ranking: every unit is ordered by the core's competition rank (ties
 * share a rank and are marked "T2" / "并列第2"; units without a total last, with the reason), and
 * only the page's rows get shapes — a bar from zero to the total on a linear scale of the scheme's
 * points, a label and a value. Behind the bars the scheme's grade bands, labelled, with their
 * edges as ticks. The page defaults to the one holding the highlighted unit. The summary speaks
 * for all units. Pure and deterministic: numbers rounded to 2 decimals; no DOM.
 *
 * @category Layout
 * @param data - The assessment and the previous one (`rankingParser`).
 * @param options - **lang**, **width**, highlighted **unit**, **page** and **pageSize**.
 * @returns The page's geometry and texts.
 * @example
 * const view = rankingLayout({ assessment, previous }, { lang: 'en', width: 640, unit: 'gangkou' });
 * view.rows.map((r) => r.rankText) //=> ['1', '2', '3', '4', '5', '6']
 */
export function rankingLayout(data: RankingData, options: RankingLayoutOptions): RankingLayout {
  const { assessment, previous } = data;
  const { lang } = options;
  const s = rankingText[lang];
  const fmt = rankingFormat(assessment, lang);
  const entries = rankEntries(data);
  const unit = options.unit ?? null;
  const size = Math.max(1, Math.floor(options.pageSize ?? 50) || 50);
  const count = Math.max(1, Math.ceil(entries.length / size));
  const at = unit === null ? -1 : entries.findIndex((e) => e.unit === unit);
  const wanted = options.page ?? (at >= 0 ? Math.floor(at / size) + 1 : 1);
  const number = Math.min(count, Math.max(1, Math.floor(wanted) || 1));
  const shown = entries.slice((number - 1) * size, number * size);

  const width = r2(Math.max(280, options.width ?? 640));
  const grades = [...assessment.scheme.grades].sort((a, b) => b.min - a.min);
  // A loop, not Math.min(...totals): spreading a very large ranking would overflow the stack.
  let d0 = 0;
  let d1 = assessment.scheme.totalPoints;
  for (const e of entries) {
    if (e.total === null || !Number.isFinite(e.total)) continue;
    d0 = Math.min(d0, e.total);
    d1 = Math.max(d1, e.total);
  }
  const labels = shown.map(
    (e) =>
      `${e.unit === unit ? '▶ ' : ''}${e.rank === null ? '—' : s.rank(fmt.count(e.rank), e.tied)} ${fmt.t(e.name)}`,
  );
  const labelRoom = Math.min(width * 0.4, 12 + Math.max(40, ...labels.map(textWidth)));
  const left = r2(Math.ceil(labelRoom + 8));
  const right = r2(width - 48);
  const x = linearScale([d0, d1], [left, right]);

  // Grade bands: from a grade's edge up to the next better grade's edge. Labels sit above the plot,
  // best grade (right) first; one that would overlap its neighbour moves to a second line.
  const plain = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const bands: RankingBand[] = [];
  const free = [Infinity, Infinity];
  grades.forEach((g, k) => {
    const better = grades[k - 1];
    const lowest = k === grades.length - 1;
    const lo = lowest ? d0 : Math.max(d0, g.min);
    const hi = better ? Math.min(d1, better.min) : d1;
    if (hi <= lo) return;
    const x0 = r2(x(lo));
    const x1 = r2(x(hi));
    const label = fmt.t(g.label);
    const half = textWidth(label) / 2;
    const cx = Math.min(width - half - 2, Math.max(left + half, (x0 + x1) / 2));
    const line = cx + half + 4 <= free[0]! ? 0 : cx + half + 4 <= free[1]! ? 1 : 0;
    free[line] = cx - half;
    const edge = (v: number, inclusive: boolean): string =>
      inclusive ? s.atLeast(plain.format(v)) : s.above(plain.format(v));
    const range =
      lowest && better
        ? better.inclusive
          ? s.below(plain.format(better.min))
          : s.atMost(plain.format(better.min))
        : edge(g.min, g.inclusive);
    bands.push({ grade: g.id, label, range, x0, x1, k, labelX: r2(cx), labelY: line === 0 ? 12 : 26 });
  });
  const top = bands.some((b) => b.labelY === 26) ? 34 : 20;
  const bottom = top + Math.max(1, shown.length) * ROW;

  const tickValues = [...new Set([d0, ...grades.map((g) => g.min).filter((v) => v > d0 && v < d1), d1])].sort(
    (a, b) => a - b,
  );
  const ticks = tickValues.map((value) => ({ x: r2(x(value)), value, label: plain.format(value) }));

  const previousPeriod = previous?.period ?? null;
  const reasons = noTotalReasons(data, lang);
  const rows = shown.map((e, i): RankingRow => {
    const texts = rowTexts(e, fmt, reasons);
    const y = top + i * ROW;
    const mid = r2(y + ROW / 2);
    const end = e.total === null ? left : x(e.total);
    const value =
      e.total === null
        ? s.noTotal
        : `${texts.totalText}${e.gradeRules.length > 0 ? ` (${texts.gradeText})` : ''}${texts.changeArrow && texts.changeArrow !== '→' ? ` ${texts.changeArrow}${e.change.places ? fmt.count(e.change.places) : ''}` : ''}`;
    return {
      unit: e.unit,
      name: fmt.t(e.name),
      position: (number - 1) * size + i + 1,
      rank: e.rank,
      tied: e.tied,
      total: e.total,
      grade: e.grade,
      change: e.change,
      highlighted: e.unit === unit,
      ...texts,
      y,
      height: ROW,
      bar:
        e.total === null
          ? null
          : {
              x: r2(x(Math.min(0, e.total))),
              y: r2(y + (ROW - BAR) / 2),
              width: r2(Math.abs(end - x(0))),
              height: BAR,
            },
      label: { x: r2(left - 8), y: mid, text: fit(labels[i]!, labelRoom - 4) },
      value: valueLabel(e.total === null ? left : Math.max(end, x(0)), mid, value, width),
    };
  });

  return {
    width,
    height: bottom + 26,
    plot: { left, top, right, bottom },
    period: assessment.period,
    previousPeriod,
    caption: s.caption(fmt.period(assessment.period)),
    comparedWith: previousPeriod === null ? null : s.comparedWith(fmt.period(previousPeriod)),
    head: tableHead(data, fmt),
    bands,
    ticks,
    rows,
    page: {
      number,
      count,
      size,
      first: shown.length ? (number - 1) * size + 1 : 0,
      last: (number - 1) * size + shown.length,
      units: entries.length,
    },
    ties: entries.some((e) => e.tied),
    highlighted: at >= 0 ? unit : null,
    summary: rankingSummary(
      entries,
      grades.map((g) => g.id),
      fmt,
      { period: assessment.period, previous: previousPeriod },
      unit,
    ),
  };
}

/** The value label after the bar's end, or inside the bar's end when it would leave the SVG. */
function valueLabel(end: number, y: number, text: string, width: number): RankingRow['value'] {
  const inside = end + 4 + textWidth(text) > width - 2;
  return { x: r2(inside ? end - 4 : end + 4), y, text, anchor: inside ? 'end' : 'start', inside };
}

/**
 * How a unit's rank moved since the previous period: `up` / `down` by `places`, `same`, `new` (not
 * ranked in the previous period), or `none` (no previous period, or no rank now).
 *
 * @category Layout
 * @example
 * const change: RankChange = { kind: 'up', places: 2 };
 */
export interface RankChange {
  kind: 'up' | 'down' | 'same' | 'new' | 'none';
  /** Places moved (0 unless `up` or `down`). */
  places: number;
}

/**
 * One unit in ranking order, before any formatting: what the layout, the table and the summary read.
 *
 * @category Layout
 * @example
 * rankEntries({ assessment, previous: null, bundle: null })[0] //=> { unit: 'xihu', total: 98.2, rank: 1, tied: false, grade: 'excellent', … }
 */
export interface RankEntry {
  /** The unit's position in `assessment.units` and `assessment.results`. */
  index: number;
  unit: string;
  name: LocalizedLabel;
  total: number | null;
  /** Competition rank (1, 2, 2, 4), `null` without a total. */
  rank: number | null;
  /** Whether another unit shares the rank. */
  tied: boolean;
  grade: string | null;
  /** The grade the total alone would get; differs from `grade` when a rule set the grade. */
  bandGrade: string | null;
  change: RankChange;
  /** When a rule set the grade (it differs from `bandGrade`): the rules the assessment records as having forced or capped it. */
  gradeRules: RuleFired[];
}

/**
 * The units in ranking order: by the core's competition rank, tied units and units without a
 * total in the assessment's unit order, units without a total last. Each with its change of rank
 * against `previous` (matched by unit id).
 *
 * @category Layout
 * @param data - The assessment and the previous one.
 * @returns One entry per assessed unit.
 * @example
 * rankEntries(data2025).map((e) => e.unit) //=> ['xihu', 'dongcheng', 'nanshan', 'qingxi', 'beiling', 'gangkou'] (Meixi)
 */
export function rankEntries(data: RankingData): RankEntry[] {
  const { assessment, previous } = data;
  const before = previous ? new Map(previous.results.map((r) => [r.unit, r.rank])) : null;
  const count = new Map<number, number>();
  for (const r of assessment.results) if (r.rank !== null) count.set(r.rank, (count.get(r.rank) ?? 0) + 1);
  const entries = assessment.results.map((r, index): RankEntry => {
    const bandGrade = r.gradeByPoints;
    const changed = r.grade !== bandGrade;
    return {
      index,
      unit: r.unit,
      name: assessment.units[index]?.name ?? { zh: r.unit, en: r.unit },
      total: r.total,
      rank: r.rank,
      tied: r.rank !== null && (count.get(r.rank) ?? 0) > 1,
      grade: r.grade,
      bandGrade,
      change: changeOf(r.rank, before === null ? undefined : (before.get(r.unit) ?? null)),
      gradeRules: changed ? r.rules.filter((x) => x.effect === 'forced' || x.effect === 'capped') : [],
    };
  });
  return entries.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.index - b.index);
}

/** `before`: `undefined` without a previous period, `null` when the unit had no rank in it. */
function changeOf(now: number | null, before: number | null | undefined): RankChange {
  if (now === null || before === undefined) return { kind: 'none', places: 0 };
  if (before === null) return { kind: 'new', places: 0 };
  if (before === now) return { kind: 'same', places: 0 };
  return before > now ? { kind: 'up', places: before - now } : { kind: 'down', places: now - before };
}

// The ranking's cell texts, shared by the layout's rows and the table twin so both say the same.

/** The table's column headings: rank, unit, total, grade, change since the previous period, note. */
export function tableHead(data: RankingData, fmt: RankingFormat): string[] {
  const s = rankingText[fmt.lang];
  const previous = data.previous ? fmt.period(data.previous.period) : null;
  return [s.rankHead, s.unitHead, s.totalHead, s.gradeHead, s.changeHead(previous), s.noteHead];
}

export type RowTexts = Pick<RankingRow, 'rankText' | 'totalText' | 'gradeText' | 'changeText' | 'changeArrow' | 'note'>;

/** One unit's cell texts: shared by the layout's rows and the table twin, so both say the same. */
export function rowTexts(e: RankEntry, fmt: RankingFormat, reasons: ReadonlyMap<string, string>): RowTexts {
  const s = rankingText[fmt.lang];
  const c = e.change;
  const changeText =
    c.kind === 'up'
      ? s.change.up(fmt.count(c.places))
      : c.kind === 'down'
        ? s.change.down(fmt.count(c.places))
        : s.change[c.kind];
  const changeArrow =
    c.kind === 'up' ? '↑' : c.kind === 'down' ? '↓' : c.kind === 'same' ? '→' : c.kind === 'new' ? '★' : '';
  const sep = fmt.lang === 'zh-CN' ? '；' : '; ';
  const note =
    e.rank === null
      ? s.noTotalNote(reasons.get(e.unit) ?? '')
      : e.gradeRules.length > 0
        ? s.ruleGrade(e.gradeRules.map((r) => fmt.t(r.reason)).join(sep))
        : '';
  return {
    rankText: e.rank === null ? '—' : s.rank(fmt.count(e.rank), e.tied),
    totalText: fmt.total(e.total),
    gradeText: fmt.grade(e.grade),
    changeText,
    changeArrow,
    note,
  };
}

/** Why units have no total: the first error the assessment reports for each, in the language. */
export function noTotalReasons(data: RankingData, lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of data.assessment.diagnostics) {
    if (d.severity !== 'error' || d.unit === undefined || out.has(d.unit)) continue;
    out.set(d.unit, lang === 'zh-CN' ? d.message.zh || d.message.en : d.message.en || d.message.zh);
  }
  return out;
}
