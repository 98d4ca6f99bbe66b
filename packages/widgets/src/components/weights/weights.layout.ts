import type { Assessment, AssessmentResults, Lang, LocalizedLabel, UnitResult } from '@eco-reform/core';
import type { WeightArea } from './weights.areas.js';
import { weightsText } from './weights.text.js';

/**
 * What the weighting widget lays out: the official and the current (re-weighted) assessment of the
 * same period, the areas and the slider values (`null`: the official weights).
 *
 * @category Layout
 * @example
 * const input: WeightsLayoutInput = { official, current: assess(reweight(framework, w), cube, { period }), areas: weightAreas(official), weights: w };
 */
export interface WeightsLayoutInput {
  official: Assessment;
  current: AssessmentResults;
  areas: ReadonlyArray<WeightArea>;
  weights: Readonly<Record<string, number>> | null;
}

/**
 * Options of {@link weightsLayout}.
 *
 * @category Layout
 * @example
 * weightsLayout(input, { lang: 'en', rows: 10, unit: 'gangkou' })
 */
export interface WeightsLayoutOptions {
  lang: Lang;
  /** How many ranking rows to show (the highlighted unit is added when it is not among them). */
  rows: number;
  /** The unit to highlight. */
  unit?: string | null;
}

/**
 * One area's slider.
 *
 * @category Layout
 * @example
 * weightsLayout(input, { lang: 'en', rows: 10 }).sliders[1] //=> { id: 'env', title: 'Ecological environment', value: 5, share: '40%', valueText: '5 (40% of the total)' }
 */
export interface WeightSlider {
  id: string;
  title: string;
  /** 0–5. */
  value: number;
  /** The area's share of the total, as a percentage. */
  share: string;
  /** What a screen reader says for the slider's value. */
  valueText: string;
}

/**
 * One row of the ranking, every cell as text.
 *
 * @category Layout
 * @example
 * weightsLayout(input, { lang: 'en', rows: 10 }).rows[0] //=> { unit: 'nanshan', name: 'Nanshan District', rank: '1', total: '98.4', officialRank: '3', change: '↑2', changeLabel: 'up 2', … }
 */
export interface RankRow {
  unit: string;
  name: string;
  /** The competition rank, `T2` / `并列2` when tied, `—` when unranked. */
  rank: string;
  total: string;
  officialRank: string;
  /** `↑2`, `↓1`, `=` or `—`, against the official ranking. */
  change: string;
  /** The change in words, e.g. `up 2`. */
  changeLabel: string;
  highlighted: boolean;
  /** The highlighted unit, added below the top rows. */
  appended: boolean;
}

/**
 * The weighting widget's view: sliders, the visible ranking rows and the sentences around them.
 *
 * @category Layout
 * @example
 * weightsLayout(input, { lang: 'en', rows: 3 }).caption //=> 'Ranking under your weights · 2025'
 */
export interface WeightsView {
  official: boolean;
  period: string;
  caption: string;
  sliders: WeightSlider[];
  rows: RankRow[];
  /** How many units are ranked, and assessed. */
  ranked: number;
  units: number;
  summary: string;
  /** Why nothing is ranked, or `null`. */
  note: string | null;
}

const name = (label: LocalizedLabel, lang: Lang): string =>
  lang === 'zh-CN' ? label.zh || label.en : label.en || label.zh;

/**
 * Unit indexes in ranking order: by rank, ties in the assessment's unit order, unranked units
 * last; at most `limit`. Only ranks up to `limit` are sorted, so the top rows of a long ranking
 * cost one pass.
 *
 * @category Layout
 * @param results - The assessment's results.
 * @param limit - How many to return; `Infinity` for all.
 * @returns Indexes into `results`.
 * @example
 * rankOrder(assessment.results, 2) //=> [0, 1] (Meixi, official: xihu, dongcheng)
 */
export function rankOrder(results: ReadonlyArray<UnitResult>, limit: number): number[] {
  const out: number[] = [];
  for (let u = 0; u < results.length; u++) {
    const r = results[u]!.rank;
    if (r !== null && r <= limit) out.push(u);
  }
  out.sort((a, b) => results[a]!.rank! - results[b]!.rank! || a - b);
  if (out.length > limit) out.length = limit;
  for (let u = 0; u < results.length && out.length < limit; u++) if (results[u]!.rank === null) out.push(u);
  return out;
}

/** How many units hold each rank. */
function rankCounts(results: ReadonlyArray<UnitResult>): Int32Array {
  const counts = new Int32Array(results.length + 2);
  for (const r of results) if (r.rank !== null) counts[r.rank]! += 1;
  return counts;
}

/** The official rank of a current unit, by index when the two assessments list the same units. */
function officialRanks(official: Assessment, current: AssessmentResults): (u: number) => number | null {
  let byId: Map<string, number | null> | null = null;
  return (u) => {
    const id = current.units[u]!.id;
    if (official.units[u]?.id === id) return official.results[u]!.rank;
    byId ??= new Map(official.results.map((r) => [r.unit, r.rank]));
    return byId.get(id) ?? null;
  };
}

/**
 * Ranking rows for the given unit indexes, every cell as text in `lang`.
 *
 * @category Layout
 * @param input - The assessments.
 * @param order - Indexes into `input.current.results`, in display order.
 * @param lang - The language.
 * @param unit - The unit to highlight.
 * @returns One row per index.
 * @example
 * rankRows(input, rankOrder(input.current.results, 3), 'en', null).map((r) => r.rank) //=> ['1', '2', '3']
 */
export function rankRows(
  input: WeightsLayoutInput,
  order: ReadonlyArray<number>,
  lang: Lang,
  unit: string | null,
): RankRow[] {
  const s = weightsText[lang];
  const { current } = input;
  const results = current.results;
  const counts = rankCounts(results);
  const officialRank = officialRanks(input.official, current);
  const digits = current.scheme.rounding.digits;
  const format = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return order.map((u) => {
    const r = results[u]!;
    const before = officialRank(u);
    const delta = r.rank === null || before === null ? null : before - r.rank;
    return {
      unit: r.unit,
      name: name(current.units[u]!.name, lang),
      rank: r.rank === null ? '—' : s.rankCell(r.rank, counts[r.rank]! > 1),
      total: r.total === null ? '—' : format.format(r.total),
      officialRank: before === null ? '—' : String(before),
      change: delta === null ? '—' : delta > 0 ? `↑${delta}` : delta < 0 ? `↓${-delta}` : '=',
      changeLabel: delta === null ? '—' : delta > 0 ? s.up(delta) : delta < 0 ? s.down(-delta) : s.same,
      highlighted: r.unit === unit,
      appended: false,
    };
  });
}

/**
 * The weighting widget's view: a slider per top-level area with its value and share of the total,
 * the top `rows` units under the current weights (rank with ties as `T2`, name, total, change
 * against the official ranking), the highlighted unit appended when it is not among them, a
 * caption and a summary. Reads the current assessment's results once and formats only the rows it
 * shows. Pure: no DOM, tested in Node.
 *
 * @category Layout
 * @param input - The assessments, areas and weights.
 * @param options - **lang**, **rows**, **unit**.
 * @returns The view.
 * @example
 * weightsLayout({ official, current, areas, weights: { space: 0, env: 5, industry: 0 } }, { lang: 'en', rows: 3 }).rows.map((r) => r.unit)
 * //=> ['nanshan', 'xihu', 'dongcheng'] (Meixi 2025: ecological environment only)
 */
export function weightsLayout(input: WeightsLayoutInput, options: WeightsLayoutOptions): WeightsView {
  const { lang } = options;
  const s = weightsText[lang];
  const { current, areas, weights } = input;
  const unit = options.unit ?? null;
  const limit = Math.max(1, Math.floor(options.rows) || 1);
  const results = current.results;
  const order = rankOrder(results, limit);
  const at = unit === null ? -1 : current.units.findIndex((u) => u.id === unit);
  const appended = at >= 0 && !order.includes(at);
  const rows = rankRows(input, appended ? [...order, at] : order, lang, unit);
  if (appended) rows[rows.length - 1]!.appended = true;

  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  // Own keys only: an area id `constructor` missing from the weights is missing, not Object.
  const given = (id: string): number | undefined =>
    weights !== null && Object.hasOwn(weights, id) ? weights[id] : undefined;
  const used = areas.map((a) => (weights === null ? a.official : (given(a.id) ?? a.initial)));
  const sum = used.reduce((x, y) => x + y, 0);
  const sliders = areas.map((a, k) => {
    const value = weights === null ? a.initial : (given(a.id) ?? a.initial);
    const share = sum > 0 ? percent.format(used[k]! / sum) : percent.format(0);
    return { id: a.id, title: name(a.title, lang), value, share, valueText: s.valueText(value, share) };
  });

  const counts = rankCounts(results);
  const officialRank = officialRanks(input.official, current);
  let ranked = 0;
  let moved = 0;
  for (let u = 0; u < results.length; u++) {
    const r = results[u]!.rank;
    if (r !== null) ranked++;
    if (r !== officialRank(u)) moved++;
  }
  const place = (rank: number | null): string => (rank === null ? '—' : s.place(rank, counts[rank]! > 1));
  const leader = order[0] !== undefined && results[order[0]]!.rank !== null ? rows[0]! : null;
  const official = weights === null;
  let summary = '';
  if (leader) {
    const first = place(results[order[0]!]!.rank);
    summary = official
      ? s.summaryOfficial(leader.name, first, leader.total)
      : s.summaryYours(leader.name, first, leader.total, moved, results.length);
    const mine = at >= 0 ? rows.find((r) => r.unit === unit) : undefined;
    if (mine && mine !== leader) {
      const before = officialRank(at);
      summary += `${lang === 'zh-CN' ? '' : ' '}${s.summaryUnit(mine.name, place(results[at]!.rank), before === null ? '—' : s.place(before, false))}`;
    }
  }
  return {
    official,
    period: current.period,
    caption: `${official ? s.officialCaption : s.yoursCaption} · ${current.period}`,
    sliders,
    rows: ranked === 0 ? [] : rows,
    ranked,
    units: results.length,
    summary,
    note: ranked > 0 ? null : weights !== null && sum === 0 ? s.allZero : s.noneRanked,
  };
}

/**
 * What the live region says after a re-scoring: the highlighted unit's new place against its
 * place before the change ("Ranking updated: Gangkou District now 3rd (was 5th)"), or without a
 * highlighted unit the top three.
 *
 * @category Layout
 * @param previous - The assessment before the change.
 * @param current - The assessment after it.
 * @param options - **lang** and the highlighted **unit**.
 * @returns The sentence.
 * @example
 * weightsAnnouncement(official, envOnly, { lang: 'en', unit: 'nanshan' }) //=> 'Ranking updated: Nanshan District now 1st (was 3rd)'
 */
export function weightsAnnouncement(
  previous: AssessmentResults,
  current: AssessmentResults,
  options: { lang: Lang; unit?: string | null },
): string {
  const s = weightsText[options.lang];
  const results = current.results;
  const counts = rankCounts(results);
  const place = (rank: number, all: Int32Array): string => s.place(rank, all[rank]! > 1);
  const at = options.unit ? current.units.findIndex((u) => u.id === options.unit) : -1;
  if (at < 0) {
    const top = rankOrder(results, 3).filter((u) => results[u]!.rank !== null);
    if (top.length === 0) return `${s.updated}${s.noneRanked}`;
    return `${s.updated}${s.leaders(top.map((u) => s.leader(place(results[u]!.rank!, counts), name(current.units[u]!.name, options.lang))))}`;
  }
  const who = name(current.units[at]!.name, options.lang);
  const now = results[at]!.rank;
  if (now === null) return `${s.updated}${s.unranked(who)}`;
  const before = previous.results.find((r) => r.unit === options.unit)?.rank ?? null;
  if (before === now) return `${s.updated}${s.still(who, place(now, counts))}`;
  const was = before === null ? '—' : place(before, rankCounts(previous.results));
  return `${s.updated}${s.now(who, place(now, counts), was)}`;
}
