import {
  comparePeriods,
  type Lang,
  type RedLineBreachKind,
  type RedLineFinding,
  type RedLineZone,
  type Bundle,
} from '@eco-reform/core/display';
import { engine } from '../../shared/load-engine.js';
import { breachText, redlineFormats, redlineText, redlineSummary } from './redline.text.js';
import { linearScale } from '../../shared/linear-scale.js';
import { bundleOnly, observedPeriods } from '../../shared/bundle-data.js';
import type { DataError, DataParser } from '../../shared/data-source.js';

/**
 * Where a zone, or one of its three checks, stands in the period: the red line `held`,
 * `breached`, or `unobserved` (no observation for the period).
 *
 * @category Layout
 * @example
 * const state: RedlineState = 'breached';
 */
export type RedlineState = 'held' | 'breached' | 'unobserved';

/**
 * One of the red-line rule's three checks of a zone: area (面积不减少), function (功能不降低),
 * nature (性质不改变), baseline against current, formatted for the language.
 *
 * @category Layout
 * @example
 * redlineLayout(data, { lang: 'en' }).groups[0]?.zones[0]?.checks[0]
 * //=> { kind: 'area', label: 'Area', rule: 'area must not decrease', uom: 'km²', baseline: '12.4', current: '12.05', change: '-0.35', share: '-2.8%', state: 'breached' }
 */
export interface RedlineCheck {
  kind: 'area' | 'function' | 'nature';
  label: string;
  rule: string;
  /** The unit of measure of baseline, current and change (`km²` for area, else empty). */
  uom: string;
  baseline: string;
  /** `—` when the zone was not observed. */
  current: string;
  /** Current minus baseline, signed (`-0.35`), or for nature `unchanged` / `forest → farmland`; `—` when not observed. */
  change: string;
  /** The change as a share of the baseline (area only, when it changed), e.g. `-2.8%`; else empty. */
  share: string;
  state: RedlineState;
}

/**
 * One red-line zone in the period, with the core's finding and its breaches explained.
 *
 * @category Layout
 * @example
 * redlineLayout(data, { lang: 'en' }).groups[0]?.zones[0]
 * //=> { id: 'nanshan-forest', name: 'Nanshan water-conservation forest', unit: 'nanshan', unitName: 'Nanshan District', grade: 'I', state: 'breached', breaches: ['areaReduced'], … }
 */
export interface RedlineZoneView {
  id: string;
  name: string;
  unit: string;
  unitName: string;
  grade: string;
  state: RedlineState;
  /** The breach kinds of the core's finding (empty when held or not observed). */
  breaches: RedLineBreachKind[];
  /** Area, function, nature. */
  checks: [RedlineCheck, RedlineCheck, RedlineCheck];
  /** One sentence per breach: kind, rule, by how much. */
  explanations: string[];
  /** One clause per breach, for the summary. */
  briefs: string[];
  chart: RedlineAreaChart;
  /** The core's `checkRedLines` finding, or `null` when not observed. */
  finding: RedLineFinding | null;
}

/**
 * The zones of one control grade (分级管控), breached first, then not observed, then held.
 *
 * @category Layout
 * @example
 * redlineLayout(data, { lang: 'zh-CN' }).groups.map((g) => g.label) //=> ['I 级管控', 'II 级管控']
 */
export interface RedlineGroup {
  grade: string;
  label: string;
  zones: RedlineZoneView[];
  breached: number;
}

/**
 * What `<eco-redline>` shows, all text already in the language.
 *
 * @category Layout
 * @example
 * redlineLayout(data, { lang: 'en' })
 * //=> { period: '2025', total: 5, breached: 1, held: 4, unobserved: 0, groups: [{ grade: 'I', … }, { grade: 'II', … }], summary: '5 red-line zones in 2025; 1 breached: …', … }
 */
export interface RedlineView {
  /** The period checked; empty when no period is known. */
  period: string;
  /** Periods the zones were observed in, plus `period`, in order. */
  periods: string[];
  /** The unit filter (the unit and the units under it), or `null` for all. */
  unit: string | null;
  /** Units that own a zone, plus the filter's unit, in the framework's order. */
  units: Array<{ id: string; name: string }>;
  /** How many zones the framework declares (before the unit filter). */
  declared: number;
  total: number;
  breached: number;
  held: number;
  unobserved: number;
  groups: RedlineGroup[];
  /** The view in words, e.g. "5 red-line zones in 2025; 1 breached: …; 4 held." */
  summary: string;
}

/**
 * Options of {@link redlineLayout}.
 *
 * @category Layout
 * @example
 * redlineLayout(data, { lang: 'en', period: '2024', unit: 'nanshan' })
 */
export interface RedlineLayoutOptions {
  lang: Lang;
  /** The period to check; default `data.latest`. */
  period?: string | null;
  /** Show only the zones of this unit and of the units under it. */
  unit?: string | null;
}

const ORDER: Record<RedlineState, number> = { breached: 0, unobserved: 1, held: 2 };

/**
 * Checks every red-line zone for the period with the core's `checkRedLines` (area not reduced,
 * function not degraded, nature not changed, against the zone's baseline) and lays the result out:
 * zones grouped by control grade (I before II), breached zones first in each group, each with its
 * three checks (baseline, current, change, held / breached), its breaches explained (kind, rule,
 * by how much) and its area chart; plus a summary in words. A zone with no observation for the
 * period is `unobserved`, never counted as held. Pure: no DOM, tested in Node.
 *
 * @category Layout
 * @param data - The bundle and its default period (`redlineParser`).
 * @param options - **lang**, **period**, **unit**.
 * @returns The view.
 * @example
 * redlineLayout(data, { lang: 'en' }).summary
 * //=> '5 red-line zones in 2025; 1 breached: Nanshan water-conservation forest (area 0.35 km² below the baseline); 4 held.'
 */
export function redlineLayout(data: RedlineData, options: RedlineLayoutOptions): RedlineView {
  const { lang } = options;
  const s = redlineText[lang];
  const f = redlineFormats(lang);
  const { framework } = data.bundle;
  const period = options.period || data.latest || '';
  const name = (l: { zh?: string | undefined; en?: string | undefined }): string =>
    lang === 'zh-CN' ? l.zh || l.en || '' : l.en || l.zh || '';
  const unitName = (id: string): string => {
    const u = framework.units.find((x) => x.id === id);
    return u ? name(u.name) : id;
  };
  const unit = options.unit || null;
  const scope = unit ? descendants(framework.units, unit) : null;
  const zones = framework.redLines.filter((z) => scope === null || scope.has(z.unit));
  const observed = new Map<string, RedLineZone['observations'][number]>();
  for (const z of zones) {
    const o = z.observations.filter((x) => x.period === period).at(-1);
    if (o) observed.set(z.id, o);
  }
  const findings = new Map(
    engine()
      .checkRedLines(
        zones,
        zones.flatMap((z) => {
          const o = observed.get(z.id);
          return o ? [{ zone: z.id, ...o }] : [];
        }),
      )
      .map((x) => [x.zone, x]),
  );

  const views = zones.map((zone): RedlineZoneView => {
    const o = observed.get(zone.id) ?? null;
    const finding = findings.get(zone.id) ?? null;
    const breaches = finding?.breaches ?? [];
    const state = (kind: RedLineBreachKind): RedlineState =>
      !o ? 'unobserved' : breaches.includes(kind) ? 'breached' : 'held';
    const texts = o ? breaches.map((k) => breachText(k, zone, o, lang, f)) : [];
    const b = zone.baseline;
    const areaChange = o ? o.area - b.area : null;
    return {
      id: zone.id,
      name: name(zone.name),
      unit: zone.unit,
      unitName: unitName(zone.unit),
      grade: zone.grade,
      state: !o ? 'unobserved' : breaches.length > 0 ? 'breached' : 'held',
      breaches: [...breaches],
      checks: [
        {
          kind: 'area',
          label: s.checks.area,
          rule: s.rules.area,
          uom: s.km2,
          baseline: f.number(b.area),
          current: o ? f.number(o.area) : '—',
          change: areaChange === null ? '—' : f.signed(areaChange),
          share: areaChange === null || areaChange === 0 || b.area <= 0 ? '' : f.percent(areaChange / b.area),
          state: state('areaReduced'),
        },
        {
          kind: 'function',
          label: s.checks.function,
          rule: s.rules.function,
          uom: '',
          baseline: f.number(b.functionIndex),
          current: o ? f.number(o.functionIndex) : '—',
          change: o ? f.signed(o.functionIndex - b.functionIndex) : '—',
          share: '',
          state: state('functionDegraded'),
        },
        {
          kind: 'nature',
          label: s.checks.nature,
          rule: s.rules.nature,
          uom: '',
          baseline: f.nature(b.nature),
          current: o ? f.nature(o.nature) : '—',
          change: !o ? '—' : o.nature === b.nature ? s.unchanged : `${f.nature(b.nature)} → ${f.nature(o.nature)}`,
          share: '',
          state: state('natureChanged'),
        },
      ],
      explanations: texts.map((t) => t.full),
      briefs: texts.map((t) => t.brief),
      chart: redlineAreaChart(b.area, o?.area ?? null, {
        labels: s.chartLabel(period),
        format: f.area,
        missing: s.noObservation(period),
      }),
      finding,
    };
  });

  const grades = [...new Set(views.map((v) => v.grade))].sort(compareGrades);
  const groups = grades.map((grade): RedlineGroup => {
    const list = views
      .map((v, k) => ({ v, k }))
      .filter((e) => e.v.grade === grade)
      .sort((a, b) => ORDER[a.v.state] - ORDER[b.v.state] || a.k - b.k)
      .map((e) => e.v);
    return { grade, label: s.grade(grade), zones: list, breached: list.filter((v) => v.state === 'breached').length };
  });
  const count = (x: RedlineState): number => views.filter((v) => v.state === x).length;
  const periods = [
    ...new Set([
      ...framework.redLines.flatMap((z) => z.observations.map((o) => o.period)),
      ...(period ? [period] : []),
    ]),
  ].sort(comparePeriods);
  const owners = new Set(framework.redLines.map((z) => z.unit));
  if (unit) owners.add(unit);
  const units = framework.units.filter((u) => owners.has(u.id)).map((u) => ({ id: u.id, name: name(u.name) }));
  if (unit && !units.some((u) => u.id === unit)) units.push({ id: unit, name: unit });
  // The summary names breached zones in the order shown: by grade, then as listed.
  const shown = groups.flatMap((g) => g.zones);
  return {
    period,
    periods,
    unit,
    units,
    declared: framework.redLines.length,
    total: views.length,
    breached: count('breached'),
    held: count('held'),
    unobserved: count('unobserved'),
    groups,
    summary: redlineSummary(shown, period, lang),
  };
}

/** The unit and every unit under it through `parent`. */
function descendants(units: ReadonlyArray<{ id: string; parent?: string | undefined }>, root: string): Set<string> {
  const out = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units) {
      if (u.parent !== undefined && out.has(u.parent) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * One bar of a zone's area chart: the baseline or the current area, with its value label.
 *
 * @category Layout
 * @example
 * redlineAreaChart(12.4, 12.05, { labels: ['Baseline', '2025'], format: String }).bars[1]
 * //=> { kind: 'current', x: 72, y: 28, width: 120.5, height: 16, label: '2025', value: '12.05', valueX: 202 }
 */
export interface RedlineBar {
  kind: 'baseline' | 'current';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The row's label, drawn left of the bar. */
  label: string;
  /** The value as text, drawn right of the bar (or of the baseline mark, whichever is further). */
  value: string;
  valueX: number;
}

/**
 * A zone's area, current against baseline, as a pair of horizontal bars from zero on one linear
 * scale, with the baseline marked by a line across both rows and any shortfall (current below
 * baseline) outlined. Numbers rounded to 2 decimals.
 *
 * @category Layout
 * @example
 * const chart: RedlineAreaChart = redlineAreaChart(12.4, 12.05, { labels: ['Baseline', '2025'], format: String });
 * chart.mark //=> { x: 196, y1: 2, y2: 48 }
 */
export interface RedlineAreaChart {
  width: number;
  height: number;
  /** The baseline bar, then the current bar when the zone was observed. */
  bars: RedlineBar[];
  /** The baseline marked across both rows. */
  mark: { x: number; y1: number; y2: number };
  /** The area lost: from the current bar's end to the baseline, on the current row. */
  shortfall: { x: number; y: number; width: number; height: number } | null;
  /** When the zone was not observed: the text drawn on the current row instead of a bar. */
  missing: { x: number; y: number; label: string; text: string } | null;
}

/**
 * Options of {@link redlineAreaChart}.
 *
 * @category Layout
 * @example
 * const options: RedlineAreaChartOptions = { labels: ['基数', '2025年'], format: (x) => `${x} 平方公里`, missing: '2025年无监测' };
 */
export interface RedlineAreaChartOptions {
  /** The two rows' labels: baseline, current. */
  labels: readonly [string, string];
  /** Formats an area for the value labels. */
  format: (area: number) => string;
  /** Text for the current row when there is no observation; default `—`. */
  missing?: string;
}

const WIDTH = 280;
const HEIGHT = 50;
const LEFT = 72;
const RIGHT = 196;
const BAR = 16;
const ROWS = [6, 28] as const;
const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Lays out a zone's area chart (280 × 50): bars from zero on a scale from 0 to the larger of
 * baseline and current, so a loss shows as the current bar falling short of the baseline mark.
 * Pure: tested in Node.
 *
 * @category Layout
 * @param baseline - The baseline area (km²).
 * @param current - The area observed in the period, or `null` when not observed.
 * @param options - **labels** of the two rows, **format** of the values, **missing** text.
 * @returns The chart's geometry.
 * @example
 * redlineAreaChart(12.4, 12.05, { labels: ['Baseline', '2025'], format: String }).shortfall
 * //=> { x: 192.5, y: 28, width: 3.5, height: 16 }
 */
export function redlineAreaChart(
  baseline: number,
  current: number | null,
  options: RedlineAreaChartOptions,
): RedlineAreaChart {
  const max = Math.max(baseline, current ?? 0);
  const x = linearScale([0, max > 0 ? max : 1], [LEFT, RIGHT]);
  const markX = round(x(baseline));
  const bar = (kind: RedlineBar['kind'], value: number, y: number, label: string): RedlineBar => {
    const end = round(x(value));
    return {
      kind,
      x: LEFT,
      y,
      width: round(end - LEFT),
      height: BAR,
      label,
      value: options.format(value),
      valueX: round(Math.max(end, markX) + 6),
    };
  };
  const bars = [bar('baseline', baseline, ROWS[0], options.labels[0])];
  if (current !== null) bars.push(bar('current', current, ROWS[1], options.labels[1]));
  const currentEnd = current === null ? null : round(x(current));
  return {
    width: WIDTH,
    height: HEIGHT,
    bars,
    mark: { x: markX, y1: 2, y2: HEIGHT - 2 },
    shortfall:
      currentEnd !== null && currentEnd < markX
        ? { x: currentEnd, y: ROWS[1], width: round(markX - currentEnd), height: BAR }
        : null,
    missing:
      current === null
        ? { x: LEFT, y: ROWS[1] + BAR / 2, label: options.labels[1], text: options.missing ?? '—' }
        : null,
  };
}

/**
 * What `<eco-redline>` shows: a validated bundle, and the period it defaults to (the latest year
 * observed, as the scorecard; else the latest period the red-line zones were observed in).
 *
 * @category Widgets
 * @example
 * const data: RedlineData = { bundle, latest: '2025' };
 */
export interface RedlineData {
  bundle: Bundle;
  /** The default period, or `null` when neither the observations nor the zones have one. */
  latest: string | null;
}

/**
 * The detail the parser gives when it is handed a precomputed assessment, which carries no red
 * lines; the element shows a localised sentence for it (see {@link needsBundle}).
 *
 * @category Widgets
 * @example
 * NEEDS_BUNDLE //=> 'a bare assessment has no red lines: give a bundle { framework, observations, reports }'
 */
export const NEEDS_BUNDLE = 'a bare assessment has no red lines: give a bundle { framework, observations, reports }';

/**
 * Tells whether a data error is "an assessment was given where a bundle is needed".
 *
 * @category Widgets
 * @param error - The data controller's error.
 * @returns `true` for that error.
 * @example
 * needsBundle({ kind: 'schema', reason, details: [NEEDS_BUNDLE] }) //=> true
 */
export function needsBundle(error: DataError): boolean {
  return error.kind === 'schema' && error.details?.[0] === NEEDS_BUNDLE;
}

/**
 * Reads a red-line widget's data: a bundle `{ framework, observations, reports }` validated with
 * the core's `parseBundle` (the red lines are `framework.redLines`). A precomputed assessment is
 * refused with {@link NEEDS_BUNDLE}: it has scores, not zones and their baselines.
 *
 * @category Widgets
 * @param input - Parsed JSON.
 * @returns The data, or what is wrong with it (paths and messages).
 * @example
 * redlineParser(bundleJson) //=> { ok: true, value: { bundle, latest: '2025' } }
 */
export const redlineParser: DataParser<RedlineData> = (input) => {
  const bundle = bundleOnly(input, NEEDS_BUNDLE);
  if (!bundle.ok) return bundle;
  const years = observedPeriods(bundle.value).filter((p) => /^\d{4}$/.test(p));
  const zonePeriods = [
    ...new Set(bundle.value.framework.redLines.flatMap((z) => z.observations.map((o) => o.period))),
  ].sort(comparePeriods);
  return { ok: true, value: { bundle: bundle.value, latest: years.at(-1) ?? zonePeriods.at(-1) ?? null } };
};

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A grade's rank: `2` for `2` or `II`; `null` for other names. */
function rank(grade: string): number | null {
  const g = grade.trim().toUpperCase();
  if (/^\d+$/.test(g)) return Number(g);
  if (!/^[IVXLC]+$/.test(g)) return null;
  let total = 0;
  for (let i = 0; i < g.length; i++) {
    const v = ROMAN[g[i]!]!;
    const next = ROMAN[g[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Orders control grades (分级管控) strictest first: numbers and Roman numerals by value
 * (`I` < `II` < `IV` < `IX`), other names after them, by text.
 *
 * @category Layout
 * @param a - A grade.
 * @param b - Another grade.
 * @returns A negative number, zero or a positive number, for `Array.prototype.sort`.
 * @example
 * ['II', 'IX', 'I', 'core'].sort(compareGrades) //=> ['I', 'II', 'IX', 'core']
 */
export function compareGrades(a: string, b: string): number {
  const x = rank(a);
  const y = rank(b);
  if (x !== null && y !== null) return x - y || (a < b ? -1 : a > b ? 1 : 0);
  if (x !== null || y !== null) return x !== null ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
