import {
  type Assessment,
  type AssessmentResults,
  type Lang,
  type LocalizedLabel,
  type UnitResult,
  type Bundle,
  type ObservationInput,
} from '@eco-reform/core/display';
import { engine } from '../../shared/load-engine.js';
import { weightsText } from './weights.text.js';
import { assessBundleShared, bundleOnly, latestPeriod } from '../../shared/bundle-data.js';
import type { DataParser } from '../../shared/data-source.js';

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

/**
 * The top of the slider scale: 0 (the area does not count) to 5 (it counts the most), whole steps.
 *
 * @category Layout
 * @example
 * html`<input type="range" min="0" max=${MAX_WEIGHT} step="1">`
 */
export const MAX_WEIGHT = 5;

/**
 * A top-level area as the weighting widget offers it: its declared (official) weight, and the
 * 0–5 value its slider starts at.
 *
 * @category Layout
 * @example
 * weightAreas(assessment)[1] //=> { id: 'env', title: { zh: '生态环境优化', en: 'Ecological environment' }, official: 0.4, initial: 5 } (Meixi)
 */
export interface WeightArea {
  id: string;
  title: LocalizedLabel;
  /** The framework's own weight (or points), as `assess` uses it. */
  official: number;
  /** The official weight on the 0–5 scale: the largest official weight is 5, the rest in proportion, rounded (at least 1 when the official weight is above 0). */
  initial: number;
}

/**
 * The areas a citizen or analyst can weigh: the assessment's top-level areas, in framework order,
 * each with its official weight and that weight mapped onto the 0–5 slider scale.
 *
 * @category Layout
 * @param assessment - An assessment of the framework (its `areas` carry the declared weights).
 * @returns One entry per top-level area.
 * @example
 * weightAreas(assessment).map((a) => a.initial) //=> [4, 5, 3] (Meixi: 0.35, 0.40, 0.25)
 */
export function weightAreas(assessment: Assessment): WeightArea[] {
  const top = assessment.areas.filter((a) => a.parent === null);
  const max = Math.max(0, ...top.map((a) => a.weight));
  return top.map((a) => ({
    id: a.id,
    title: a.title,
    official: a.weight,
    initial: max > 0 && a.weight > 0 ? Math.max(1, Math.round((a.weight / max) * MAX_WEIGHT)) : 0,
  }));
}

/**
 * A slider value from anything: a number or numeric text, rounded to a whole step and clamped to
 * 0–5; `null` for what is not a number (so it can be ignored).
 *
 * @category Layout
 * @param x - The candidate value.
 * @returns 0–5, or `null`.
 * @example
 * [toWeight('4'), toWeight(9), toWeight(-1), toWeight(2.6), toWeight('x'), toWeight('')] //=> [4, 5, 0, 3, null, null]
 */
export function toWeight(x: unknown): number | null {
  if (typeof x === 'string' && x.trim() === '') return null;
  const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x) : Number.NaN;
  if (!Number.isFinite(n)) return null;
  return Math.min(MAX_WEIGHT, Math.max(0, Math.round(n)));
}

/**
 * A full set of slider values from a partial, possibly invalid one: every area gets its value
 * from `weights` when valid ({@link toWeight}), else its initial value; ids that are not areas are
 * dropped. `null` (the official weights) stays `null`.
 *
 * @category Layout
 * @param areas - The areas ({@link weightAreas}).
 * @param weights - Area id → value, or `null`.
 * @returns Area id → 0–5 for every area, in area order, or `null`.
 * @example
 * completeWeights(weightAreas(assessment), { env: 9, nowhere: 2 }) //=> { space: 4, env: 5, industry: 3 }
 */
export function completeWeights(
  areas: ReadonlyArray<WeightArea>,
  weights: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, number> | null {
  if (weights === null || weights === undefined) return null;
  // No prototype: an area id `__proto__` is stored as a key, not taken as the object's prototype.
  const out = Object.create(null) as Record<string, number>;
  for (const a of areas) {
    const given = Object.hasOwn(weights, a.id) ? toWeight(weights[a.id]) : null;
    out[a.id] = given ?? a.initial;
  }
  return out;
}

/**
 * Everything a re-weighting needs, prepared once when the data arrives: the validated bundle, the
 * period, the observations in the fastest form `assess` takes, the official assessment and the
 * areas that can be weighted. A weight change then only runs `reweight` and the core's `assessBundle`.
 *
 * @category Widgets
 * @example
 * const data = weightsParser(() => null)(bundle); // Meixi
 * if (data.ok) data.value.official.results[0] //=> { unit: 'xihu', total: 98.2, rank: 1, … }
 */
export interface WeightsData {
  bundle: Bundle;
  period: string;
  /** The observations as `assess` reads them fastest: a cube, or the objects when a cell is in conflict. */
  observations: ObservationInput;
  /** The assessment with the framework's own weights. */
  official: Assessment;
  areas: WeightArea[];
}

/**
 * The detail the parser gives when the data is an assessment: the widget shows it in the reader's
 * language.
 *
 * @category Widgets
 * @example
 * if (state.error.details?.[0] === ASSESSMENT_ONLY) showWhy();
 */
export const ASSESSMENT_ONLY =
  'an assessment alone cannot be re-weighted: give the bundle { framework, observations, reports } it was computed from';

/**
 * Reads the weighting widget's data: a bundle `{ framework, observations, reports }`, validated
 * once with the core's `parseBundle` (the check the CLI and `<eco-scorecard>` run) and scored with
 * the official weights for `period`, or the latest year observed, red-line breaches included. An
 * assessment is refused with {@link ASSESSMENT_ONLY}: re-weighting needs the framework and the
 * observations.
 *
 * @category Widgets
 * @param period - Reads the `period` the element asks for (`null`: the latest year observed).
 * @returns The parser the element's `DataController` uses.
 * @example
 * weightsParser(() => '2024')({ nope: true }).ok //=> false
 */
export function weightsParser(period: () => string | null): DataParser<WeightsData> {
  return (input) => {
    const parsed = bundleOnly(input, ASSESSMENT_ONLY);
    if (!parsed.ok) return parsed;
    const bundle = parsed.value;
    const chosen = period() ?? latestPeriod(bundle);
    if (!chosen) return { ok: false, details: ['the bundle has no observations'] };
    const observations =
      engine().toObservationCube(bundle.framework, bundle.observations, chosen) ?? bundle.observations;
    // The official ranking is the one the scorecard and the ranking on the page already scored.
    const official = assessBundleShared(bundle, chosen);
    return { ok: true, value: { bundle, period: chosen, observations, official, areas: weightAreas(official) } };
  };
}

/**
 * The hash parameter that holds the weights: `#weights=space:5,env:3,industry:1`.
 *
 * @category Layout
 * @example
 * new URLSearchParams(location.hash.slice(1)).get(WEIGHTS_HASH_KEY) //=> 'space:5,env:3,industry:1'
 */
export const WEIGHTS_HASH_KEY = 'weights';

/**
 * The hash parameter of one `<eco-weights>`: `weights` for an element without an `id`, else
 * `<id>.weights` (as other widgets scope their permalink keys by id), so two weighting panels on
 * one page keep separate weights in the address.
 *
 * @category Layout
 * @param id - The element's `id` (empty when it has none).
 * @returns The parameter name.
 * @example
 * weightsHashKey('') //=> 'weights'
 * weightsHashKey('mine') //=> 'mine.weights'
 */
export function weightsHashKey(id: string): string {
  return id ? `${id}.${WEIGHTS_HASH_KEY}` : WEIGHTS_HASH_KEY;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/**
 * The weights a shared address carries: the `weights` parameter of the hash, read with
 * `URLSearchParams`, as `id:value` pairs separated by commas. Values are rounded and clamped to
 * 0–5; pairs whose id is not one of `areaIds` or whose value is not a number are ignored.
 *
 * @category Layout
 * @param hash - `location.hash`, with or without the leading `#`.
 * @param areaIds - The ids of the areas that can be weighted.
 * @param key - The parameter: {@link WEIGHTS_HASH_KEY}, or {@link weightsHashKey} of the element.
 * @returns Area id → 0–5 for the valid pairs (maybe not every area), or `null` when there are none.
 * @example
 * readWeightsHash('#card.unit=xihu&weights=space:5,env:9,nowhere:2,industry:x', ['space', 'env', 'industry'])
 * //=> { space: 5, env: 5 }
 */
export function readWeightsHash(
  hash: string,
  areaIds: ReadonlyArray<string>,
  key: string = WEIGHTS_HASH_KEY,
): Record<string, number> | null {
  const text = new URLSearchParams(hash.replace(/^#/, '')).get(key);
  if (text === null) return null;
  const known = new Set(areaIds);
  // No prototype: an area id `__proto__` is stored as a key, not taken as the object's prototype.
  const out = Object.create(null) as Record<string, number>;
  let found = false;
  for (const pair of text.split(',')) {
    const colon = pair.lastIndexOf(':');
    if (colon <= 0) continue;
    const id = pair.slice(0, colon).trim();
    const value = toWeight(pair.slice(colon + 1));
    if (!known.has(id) || value === null) continue;
    out[id] = value;
    found = true;
  }
  return found ? out : null;
}

/**
 * The hash with the `weights` parameter set to `weights` (in `areaIds` order), or removed when
 * `weights` is `null` (the official weights). Every other parameter stays exactly as it was, in
 * place: the hash is split on `&` rather than re-serialised by `URLSearchParams`, which would turn
 * `#intro` into `#intro=` and re-encode other widgets' values.
 *
 * @category Layout
 * @param hash - The current `location.hash`.
 * @param weights - Area id → 0–5, or `null`.
 * @param areaIds - The areas, in the order to write them.
 * @param key - The parameter: {@link WEIGHTS_HASH_KEY}, or {@link weightsHashKey} of the element.
 * @returns The new hash with its `#`, or `''` when nothing is left.
 * @example
 * writeWeightsHash('#card.unit=xihu', { space: 5, env: 3, industry: 1 }, ['space', 'env', 'industry'])
 * //=> '#card.unit=xihu&weights=space:5,env:3,industry:1'
 * writeWeightsHash('#weights=space:5&intro', null, ['space']) //=> '#intro'
 */
export function writeWeightsHash(
  hash: string,
  weights: Readonly<Record<string, number>> | null,
  areaIds: ReadonlyArray<string>,
  key: string = WEIGHTS_HASH_KEY,
): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '');
  const at = parts.findIndex((p) => decode(p.split('=')[0]!) === key);
  const kept = parts.filter((p) => decode(p.split('=')[0]!) !== key);
  if (weights !== null) {
    const pairs = areaIds
      .filter((id) => Object.hasOwn(weights, id))
      .map((id) => `${encodeURIComponent(id).replace(/%3A/gi, ':')}:${toWeight(weights[id]) ?? 0}`);
    if (pairs.length > 0) kept.splice(at < 0 ? kept.length : at, 0, `${encodeURIComponent(key)}=${pairs.join(',')}`);
  }
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}
