import { nice, ticks as tickValues } from 'd3-array';
import { linearScale } from '../../shared/linear-scale.js';
import { linePath } from '../../shared/line-path.js';
import { periodEnd, periodSequence, periodsInOrder } from '../../shared/periods.js';
import {
  type Bundle,
  dayNumber,
  expectedAt,
  plannedPath,
  meetsTarget,
  parsePeriod,
  planFor,
  progressUnsd,
  trendRun,
  type Comparator,
  type Indicator,
  type IndicatorProgressStatus,
  type LocalizedLabel,
  type LocalizedText,
  indicatorResults,
  observedSeries,
  directionOf,
  type Assessment,
  type Note,
} from '@eco-reform/core/display';
import { engine } from '../../shared/load-engine.js';
import { parseBundleShared, schemaFailure } from '../../shared/bundle-data.js';
import type { DataParser } from '../../shared/data-source.js';

/**
 * Options of {@link progressChartLayout}.
 *
 * @category Layout
 * @example
 * const options: ProgressChartLayoutOptions = { width: 342, height: 200, yDomain: progressYDomain(all) }; // small multiples share a scale
 */
export interface ProgressChartLayoutOptions {
  /** Width of the SVG in CSS pixels. */
  width: number;
  /** Height of the SVG in CSS pixels. */
  height: number;
  /** The value axis; default {@link progressYDomain} of this series. Small multiples share one. */
  yDomain?: readonly [number, number];
  /** The time axis in day numbers; default {@link progressXDomain} of this series. */
  xDomain?: readonly [number, number];
  /** Formats a value-axis tick; default `String`. */
  formatY?: (value: number) => string;
}

/**
 * A point of the actual series on screen; `index` is its position in `series.points`.
 *
 * @category Layout
 * @example
 * progressChartLayout(series, { width: 600, height: 260 }).points.at(-1) //=> { x: …, y: …, index: 5, period: '2025', value: 42.8 }
 */
export interface LayoutPoint {
  x: number;
  y: number;
  index: number;
  period: string;
  value: number;
}

/**
 * The SVG geometry of one progress chart: plain numbers and path strings, rounded to 2 decimals.
 *
 * @category Layout
 * @example
 * const layout: ProgressChartLayout = progressChartLayout(series, { width: 600, height: 260 });
 * svg`<path d=${layout.actual}></path>`
 */
export interface ProgressChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; value: number; label: string }>;
  /** The actual series; it breaks where a period has no value. */
  actual: string;
  points: LayoutPoint[];
  /** Spans with no value (series breaks), between the neighbouring values. */
  gaps: Array<{ x0: number; x1: number; periods: string[] }>;
  /** The planned trajectory, baseline → milestones → target; empty without a baseline or target. */
  plan: string;
  milestones: Array<{ x: number; y: number; period: string; value: number; d: string }>;
  /** `null` for an indicator without a baseline. */
  baseline: { x: number; y: number } | null;
  /** The target line; `null` for an indicator without a target (scored relative to the other units). */
  target: { x: number; y: number; value: number } | null;
  /** The target zone (values that meet the target, or the band of a band indicator), clipped. */
  band: { y0: number; y1: number } | null;
  /** The dashed projection from the latest value to the target date. */
  projection: { d: string; x: number; y: number } | null;
  /** Numbered notes: `n` matches the order of the points that carry a note. */
  annotations: Array<{ n: number; x: number; y: number; period: string }>;
}

/** A tooltip box placed inside the chart, with one text line per entry. */
export interface TooltipBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: Array<{ x: number; y: number; text: string }>;
}

const r2 = (v: number): number => Math.round(v * 100) / 100 + 0;
const FONT = 12;
const LINE = 16;
/**
 * Estimates the width of a 12 px label without measuring it: CJK and full-width characters are
 * square, the rest about 0.58 em. Enough to size margins and tooltips in a pure layout.
 *
 * @param text - The label.
 * @returns The width in CSS pixels.
 * @example
 * textWidth('42.8') //=> 27.84
 * textWidth('目标') //=> 24
 */
export function textWidth(text: string): number {
  return [...text].reduce(
    (w, c) => w + (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(c) ? FONT : FONT * 0.58),
    0,
  );
}

const valuesOf = (s: ProgressSeries): number[] => [
  ...s.points.flatMap((p) => (p.value === null ? [] : [p.value])),
  ...s.plan.map((k) => k.value),
  ...(s.target ? [s.target.value] : []),
  ...(s.projection ? [s.projection.to.value] : []),
  ...(s.band ? [s.band.min, s.band.max] : []),
];

/**
 * The value axis for one or more series (small multiples share it): every actual, planned,
 * target, band and projected value, widened when flat and a little beyond an "at least" or
 * "at most" target so its zone shows. The layout rounds it to nice numbers for its height.
 * Yes/no indicators get `[0, 1]`.
 *
 * @param series - The series drawn together.
 * @returns `[min, max]`.
 * @example
 * progressYDomain([pm25Gangkou]) //=> [29.13, 44.5]
 *
 * @category Layout
 */
export function progressYDomain(series: ReadonlyArray<ProgressSeries>): [number, number] {
  if (series.length > 0 && series.every((s) => s.kind === 'boolean')) return [0, 1];
  const values = series.flatMap(valuesOf).filter(Number.isFinite);
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  // Room beyond an "at least" / "at most" target, so its zone shows.
  const room = (hi - lo) * 0.06;
  for (const s of series) {
    if (s.kind !== 'number' || s.band || !s.target) continue;
    if (s.target.comparator === '>=') hi = Math.max(hi, s.target.value + room);
    if (s.target.comparator === '<=') lo = Math.min(lo, s.target.value - room);
  }
  return [lo, hi];
}

/**
 * The time axis, in day numbers, for one or more series: from the earliest of baseline and first
 * value to the latest of target and last value.
 *
 * @param series - The series drawn together.
 * @returns `[first day, last day]`, half a year either side when there is one date only.
 * @example
 * progressXDomain([pm25Gangkou]) //=> [18626, 20818] (2020-12-31 … 2026-12-31)
 *
 * @category Layout
 */
export function progressXDomain(series: ReadonlyArray<ProgressSeries>): [number, number] {
  const ts = series.flatMap((s) => [
    ...(s.baseline ? [s.baseline.t] : []),
    ...(s.target ? [s.target.t] : []),
    ...s.points.map((p) => p.t),
  ]);
  if (ts.length === 0) return [0, 365];
  const lo = Math.min(...ts);
  const hi = Math.max(...ts);
  return lo === hi ? [lo - 183, hi + 183] : [lo, hi];
}

function thin<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = Math.ceil(items.length / max);
  const last = items.length - 1;
  return items.filter((_, k) => (last - k) % step === 0);
}

/**
 * Lays out a progress chart: linear scales with d3-array's nice domains and ticks, and paths (shared linePath, the text d3-shape wrote) for the actual series with
 * its breaks, the planned trajectory, milestones, target line and zone, projection and notes,
 * plus axis ticks, in a `width` × `height` box. Pure and deterministic: plain numbers in, plain
 * numbers and path strings out, rounded to 2 decimals; no DOM.
 *
 * @param series - What to draw (from `progressSeries`).
 * @param options - **width**, **height**, and optionally shared **xDomain** / **yDomain** and **formatY**.
 * @returns The geometry, ready for Lit `svg` templates.
 * @example
 * const layout = progressChartLayout(series, { width: 600, height: 260 });
 * layout.actual //=> 'M58,41.33L139.63,62.5…'
 *
 * @category Layout
 */
export function progressChartLayout(series: ProgressSeries, options: ProgressChartLayoutOptions): ProgressChartLayout {
  const width = Math.max(160, options.width);
  const height = Math.max(120, options.height);
  const formatY = options.formatY ?? String;
  const [y0, y1] = options.yDomain ?? progressYDomain([series]);
  const [t0, t1] = options.xDomain ?? progressXDomain([series]);
  const top = 22;
  const bottom = height - 26;
  const count = Math.max(2, Math.floor((bottom - top) / 40));
  const [lo, hi] = series.kind === 'boolean' ? [y0, y1] : nice(y0, y1, count);
  const y = linearScale([lo, hi], [bottom, top]);
  const ticks = series.kind === 'boolean' ? [0, 1] : tickValues(lo, hi, count);
  const yTicks = ticks.map((value) => ({ y: r2(y(value)), value, label: formatY(value) }));
  const left = Math.ceil(12 + Math.max(0, ...yTicks.map((t) => textWidth(t.label))));
  const right = width - 14;
  const x = linearScale([t0, t1], [left + 10, right - 10]);

  const years: Array<{ t: number; label: string }> = [];
  for (
    let year = new Date(t0 * 86_400_000).getUTCFullYear();
    year <= new Date(t1 * 86_400_000).getUTCFullYear();
    year++
  ) {
    const t = dayNumber(`${year}-12-31`);
    if (t >= t0 && t <= t1) years.push({ t, label: String(year) });
  }
  const candidates = years.length >= 2 ? years : series.points.map((p) => ({ t: p.t, label: p.period }));
  const xTicks = thin(candidates, Math.max(2, Math.floor((right - left) / 44))).map((c) => ({
    x: r2(x(c.t)),
    label: c.label,
  }));

  const curve = series.kind === 'boolean' ? 'step-after' : 'linear';
  const actual = linePath(
    series.points.map((p) => (p.value === null ? null : [x(p.t), y(p.value)])),
    curve,
  );
  const knotPath = (knots: ProgressKnot[]): string =>
    linePath(
      knots.map((k) => [x(k.t), y(k.value)]),
      curve,
    );

  const points: LayoutPoint[] = [];
  const gaps: ProgressChartLayout['gaps'] = [];
  series.points.forEach((p, index) => {
    if (p.value !== null) {
      points.push({ x: r2(x(p.t)), y: r2(y(p.value)), index, period: p.period, value: p.value });
      return;
    }
    const previous = series.points[index - 1];
    if (previous && previous.value === null) {
      gaps[gaps.length - 1]!.periods.push(p.period);
      return;
    }
    gaps.push({ x0: previous ? r2(x(previous.t)) : r2(Math.max(left, x(p.t) - 6)), x1: 0, periods: [p.period] });
  });
  for (const gap of gaps) {
    const lastIndex = series.points.findIndex((p) => p.period === gap.periods[gap.periods.length - 1]);
    const next = series.points[lastIndex + 1];
    gap.x1 = next ? r2(x(next.t)) : r2(Math.min(right, x(series.points[lastIndex]!.t) + 6));
  }

  const clampY = (v: number): number => Math.min(hi, Math.max(lo, v));
  const t = series.target;
  let zone: [number, number] | null = null;
  if (series.band) zone = [series.band.min, series.band.max];
  else if (series.kind === 'number' && t) {
    const tolerance = t.value === 0 ? 0.01 : Math.abs(t.value) * 0.01;
    zone =
      t.comparator === '>='
        ? [t.value, hi]
        : t.comparator === '<='
          ? [lo, t.value]
          : t.comparator === '~'
            ? [t.value - tolerance, t.value + tolerance]
            : null;
  }
  const bandTop = zone ? r2(y(clampY(Math.max(...zone)))) : 0;
  const bandBottom = zone ? r2(y(clampY(Math.min(...zone)))) : 0;

  const diamond = (cx: number, cy: number): string =>
    `M${r2(cx)},${r2(cy - 5)}L${r2(cx + 5)},${r2(cy)}L${r2(cx)},${r2(cy + 5)}L${r2(cx - 5)},${r2(cy)}Z`;
  const annotations: ProgressChartLayout['annotations'] = [];
  series.points.forEach((p) => {
    if (!p.note) return;
    annotations.push({
      n: annotations.length + 1,
      x: r2(x(p.t)),
      y: r2(p.value === null ? top + 2 : Math.max(top + 2, y(p.value) - 16)),
      period: p.period,
    });
  });

  const projection = series.projection;
  return {
    width,
    height,
    plot: { left, top, right, bottom },
    xTicks,
    yTicks,
    actual,
    points,
    gaps,
    plan: knotPath(series.plan),
    milestones: series.milestones.map((m) => ({
      x: r2(x(m.t)),
      y: r2(y(m.value)),
      period: m.period,
      value: m.value,
      d: diamond(x(m.t), y(m.value)),
    })),
    baseline: series.baseline ? { x: r2(x(series.baseline.t)), y: r2(y(series.baseline.value)) } : null,
    target: t ? { x: r2(x(t.t)), y: r2(y(t.value)), value: t.value } : null,
    band: zone && bandBottom - bandTop >= 0.5 ? { y0: bandTop, y1: bandBottom } : null,
    projection: projection
      ? { d: knotPath([projection.from, projection.to]), x: r2(x(projection.to.t)), y: r2(y(projection.to.value)) }
      : null,
    annotations,
  };
}

/**
 * The point nearest to a horizontal position, for pointer hover.
 *
 * @param layout - The chart layout.
 * @param px - X in the SVG's coordinates.
 * @returns An index into `layout.points`, or `-1` when there are none.
 * @example
 * nearestPoint(layout, 140) //=> 1
 */
export function nearestPoint(layout: ProgressChartLayout, px: number): number {
  let best = -1;
  let distance = Infinity;
  layout.points.forEach((p, k) => {
    const d = Math.abs(p.x - px);
    if (d < distance) {
      best = k;
      distance = d;
    }
  });
  return best;
}

/**
 * Places a tooltip next to a point, inside the chart: to the right of it when it fits, else to
 * the left, above the point and never past the top or bottom. Widths are estimated from the text
 * (no DOM measuring), so the layout stays pure.
 *
 * @param layout - The chart layout.
 * @param point - An index into `layout.points`.
 * @param lines - The text lines.
 * @returns The box and its lines' positions, or `null` for an unknown point.
 * @example
 * progressTooltip(layout, 0, ['2020', 'Value: 44.5 µg/m³']) //=> { x: 70, y: 2, width: 120.8, height: 42, lines: […] }
 */
export function progressTooltip(
  layout: ProgressChartLayout,
  point: number,
  lines: ReadonlyArray<string>,
): TooltipBox | null {
  const p = layout.points[point];
  if (!p) return null;
  const pad = 8;
  const width = r2(Math.min(layout.width - 4, Math.max(...lines.map(textWidth), 20) + pad * 2));
  const height = lines.length * LINE + pad + 2;
  const x = p.x + 12 + width <= layout.width - 2 ? p.x + 12 : Math.max(2, p.x - 12 - width);
  const y = Math.min(layout.height - height - 2, Math.max(2, p.y - height - 8));
  return {
    x: r2(x),
    y: r2(y),
    width,
    height,
    lines: lines.map((text, k) => ({ x: r2(x + pad), y: r2(y + pad / 2 + LINE * (k + 1) - 4), text })),
  };
}

/**
 * Reads a progress chart's data: a bundle `{ framework, observations, reports }` (as
 * `examples/meixi/bundle.json`), validated with the core's `parseBundle`, the same check the
 * CLI and `<eco-scorecard>` run. The first five problems, with their paths, become the error's
 * details.
 *
 * @param input - Parsed JSON from `src`, an inline script or the `data` property.
 * @returns `{ ok: true, value }` with the bundle, or `{ ok: false, details }`.
 * @example
 * bundleParser({ nope: true }).ok //=> false
 */
export const bundleParser: DataParser<Bundle> = (input) => {
  const bundle = parseBundleShared(input);
  if (bundle.ok) return { ok: true, value: bundle.value };
  return schemaFailure(bundle.issues);
};

/**
 * A period of the actual series. Yes/no values are drawn as 1 and 0.
 *
 * @category Layout
 * @example
 * series.latest //=> { period: '2025', t: …, value: 42.8, planned: 32, note: null } (Gangkou's PM2.5)
 */
export interface ProgressPoint {
  period: string;
  /** The day number of the period's last day (the time axis). */
  t: number;
  /** The observed value; `null` when the period has no value: the line breaks there. */
  value: number | null;
  /** The planned value on the same date (the core's `expectedAt`), or `null`. */
  planned: number | null;
  /** The observation's note, shown as an annotation: plain text or `{ zh, en }` (the core's `noteText` picks the page's). */
  note: Note | null;
}

/**
 * A value placed on the time axis: baseline, milestone, target or a projected value.
 *
 * @category Layout
 * @example
 * series.target //=> { period: '2026', t: …, value: 30, comparator: '<=' } (Gangkou's PM2.5)
 */
export interface ProgressKnot {
  period: string;
  t: number;
  value: number;
}

/**
 * The target, with how a value is compared with it.
 *
 * @category Layout
 * @example
 * series.target.comparator //=> '<=' (PM2.5: at most the target)
 */
export interface ProgressTarget extends ProgressKnot {
  comparator: Comparator;
}

/**
 * The latest trend of the actual series (the core's `trendRun`), with periods instead of indices.
 *
 * @category Layout
 * @example
 * series.trend //=> { trend: 'improving', run: 5, from: '2020', to: '2025' } (Xihu's PM2.5)
 */
export interface ProgressTrend {
  trend: 'improving' | 'worsening' | 'flat' | 'none';
  /** Consecutive changes in that direction, ending at the latest value. */
  run: number;
  from: string | null;
  to: string | null;
}

/**
 * Where the observed pace leads: the core's `progressUnsd` (the UNSD Progress Chart projection,
 * growth from the first observed year to the latest compounded to the target year), drawn as a
 * straight line from the latest value to the target date. Annual series only, as the method is.
 *
 * @category Layout
 * @example
 * series.projection?.meets //=> false: at the growth rate since 2020 Gangkou's PM2.5 would be 42.5 in 2026, above the target 30
 */
export interface ProgressProjection {
  from: ProgressKnot;
  to: ProgressKnot;
  /** Compound annual growth rate from the first observed value to the latest (`progressUnsd`'s `cagr`). */
  growthRate: number;
  /** Whether the projected value meets the target. */
  meets: boolean;
}

/**
 * Everything the chart shows for one indicator and one unit, as plain data.
 *
 * @category Layout
 * @example
 * const r = progressSeries(bundle, { indicator: 'pm25', unit: 'gangkou' });
 * if (r.ok) r.value.status //=> 'deteriorating'
 */
export interface ProgressSeries {
  indicator: string;
  unit: string;
  title: LocalizedLabel;
  unitName: LocalizedLabel;
  unitOfMeasure: LocalizedLabel;
  /** `boolean` for yes/no indicators (drawn as steps between 0 and 1). */
  kind: 'number' | 'boolean';
  /** *1* higher is better, *-1* lower is better. */
  direction: 1 | -1;
  /** Every period from the first to the last observation, missing ones with `value: null`. */
  points: ProgressPoint[];
  /** The planned trajectory from the baseline through the milestones to the target; empty without a baseline or target (`expectedAt` plans nothing then). */
  plan: ProgressKnot[];
  /** `null` for an indicator without a baseline. */
  baseline: ProgressKnot | null;
  milestones: ProgressKnot[];
  /**
   * The unit's target (a class target for one of its tags, else the indicator's); `null` for an
   * indicator without one (scored relative to the other units): no target line, zone or projection.
   */
  target: ProgressTarget | null;
  /** The acceptable range of a `band` indicator. */
  band: { min: number; max: number } | null;
  /** The latest period with a value. */
  latest: ProgressPoint | null;
  /** The assessed status of the latest value. */
  status: IndicatorProgressStatus;
  trend: ProgressTrend;
  projection: ProgressProjection | null;
  /** Decimals the observations carry (0–3), for formatting. */
  digits: number;
  /** Decimals the indicator declares for its values (*0* for a count), or `null`: how its target is worded. */
  decimals: number | null;
}

/**
 * Options of {@link progressSeries}.
 *
 * @category Layout
 * @example
 * progressSeries(bundle, { indicator: 'pm25', unit: 'xihu', status: () => 'onTrack' })
 */
export interface ProgressSeriesOptions {
  indicator: string;
  unit: string;
  /** The status of the indicator for the unit in a period; default: the core's `assess`. */
  status?: (period: string) => IndicatorProgressStatus;
}

/**
 * The series, or which id the bundle does not have.
 *
 * @category Layout
 * @example
 * progressSeries(bundle, { indicator: 'pm99', unit: 'xihu' }) //=> { ok: false, missing: 'indicator', id: 'pm99' }
 */
export type ProgressSeriesResult =
  | { ok: true; value: ProgressSeries }
  | { ok: false; missing: 'indicator' | 'unit'; id: string };

const label = (t: LocalizedText | undefined): LocalizedLabel => ({
  zh: t?.zh ?? t?.en ?? '',
  en: t?.en ?? t?.zh ?? '',
});
const num = (v: number | boolean): number => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
const MAX_DIGITS = 3;
/** Decimals `v` is written with (its shortest round-trip text), at most {@link MAX_DIGITS}; exponent notation counts as the most. */
function decimals(v: number): number {
  const text = String(v);
  if (text.includes('e')) return MAX_DIGITS;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(MAX_DIGITS, text.length - dot - 1);
}
/** The most decimals any value carries (at most {@link MAX_DIGITS}); stops looking once it reaches that. */
function digitsOf(values: ReadonlyArray<{ value: number }>): number {
  let most = 0;
  for (let k = 0; k < values.length && most < MAX_DIGITS; k++) most = Math.max(most, decimals(values[k]!.value));
  return most;
}

function knot(period: string, value: number | boolean): ProgressKnot | null {
  const t = periodEnd(period);
  return t === null ? null : { period, t, value: num(value) };
}

/** The plan: knots, plus year ends between them when the trajectory is compound (a curve). */
function planOf(indicator: Indicator, knots: ProgressKnot[]): ProgressKnot[] {
  if (indicator.trajectory !== 'compound') return knots;
  const out: ProgressKnot[] = [];
  knots.forEach((k, i) => {
    out.push(k);
    const next = knots[i + 1];
    if (!next) return;
    for (let y = Number(k.period.slice(0, 4)); y <= Number(next.period.slice(0, 4)); y++) {
      const p = knot(String(y), 0);
      if (!p || p.t <= k.t || p.t >= next.t) continue;
      const v = expectedAt(indicator, `${y}-12-31`);
      if (typeof v === 'number') out.push({ ...p, value: v });
    }
  });
  return out;
}

/**
 * Builds what `<eco-progress-chart>` draws for one indicator and unit from a parsed bundle: the
 * actual series in period order (the core's `comparePeriods`; the highest `revision` wins; a
 * missing period is a `null` break), the planned trajectory (the core's `expectedAt`, through
 * the milestones, on the unit's plan: `planFor`), the target, the status of the latest value,
 * the trend (`trendRun`) and, for annual series, the projection of `progressUnsd` to the target
 * year. Pure; no DOM.
 *
 * @param bundle - A bundle that passed `parseBundle`.
 * @param options - **indicator** and **unit** ids, and optionally a **status** lookup.
 * @returns `{ ok: true, value }`, or `{ ok: false, missing, id }` when an id is unknown.
 * @example
 * const s = progressSeries(bundle, { indicator: 'pm25', unit: 'gangkou' });
 * s.ok && s.value.latest //=> { period: '2025', value: 42.8, planned: 32, … }
 *
 * @category Layout
 */
export function progressSeries(bundle: Bundle, options: ProgressSeriesOptions): ProgressSeriesResult {
  const { framework } = bundle;
  const declared = framework.indicators.find((i) => i.id === options.indicator);
  if (!declared) return { ok: false, missing: 'indicator', id: options.indicator };
  const unit = framework.units.find((u) => u.id === options.unit);
  if (!unit) return { ok: false, missing: 'unit', id: options.unit };
  // The unit's plan, as the core's assess judges it: a class target replaces the target and its milestones.
  const indicator = planFor(declared, unit);
  const kind = indicator.polarity === 'boolean' || typeof indicator.target?.value === 'boolean' ? 'boolean' : 'number';

  // The value of each period as the assessment scores it (the core's revision rule).
  const observedPoints = new Map(
    (observedSeries(bundle.observations, unit.id).get(indicator.id) ?? []).map((p) => [p.period, p]),
  );
  const observed = periodsInOrder([...observedPoints.keys()]);
  const sequence =
    observed.length > 1 ? periodSequence(observed[0]!.period, observed[observed.length - 1]!.period) : null;
  const periods = sequence ? sequence.map((period) => ({ period, end: periodEnd(period) })) : observed;
  const points: ProgressPoint[] = [];
  // The plan read once for the whole series (a daily series asks for 10,000 dates).
  const plannedOn = plannedPath(indicator);
  for (const { period, end: t } of periods) {
    if (t === null) continue;
    const o = observedPoints.get(period);
    const v = o?.value ?? null;
    const planned = plannedOn(t);
    points.push({
      period,
      t,
      value: v === null || (kind === 'number' && typeof v === 'boolean') ? null : num(v),
      planned: planned === null ? null : num(planned),
      note: o?.note ?? null,
    });
  }

  const baseline = indicator.baseline ? knot(indicator.baseline.period, indicator.baseline.value)! : null;
  const milestones = (indicator.milestones ?? [])
    .map((m) => knot(m.period, m.value))
    .filter((k): k is ProgressKnot => k !== null);
  const target: ProgressTarget | null = indicator.target
    ? { ...knot(indicator.target.period, indicator.target.value)!, comparator: indicator.target.comparator }
    : null;
  // A plan runs from the baseline to the target: without either there is none (as `expectedAt` says).
  const plan =
    baseline === null || target === null
      ? []
      : kind === 'boolean'
        ? [baseline, target]
        : planOf(
            indicator,
            [baseline, ...milestones, target].sort((a, b) => a.t - b.t),
          );

  const present = points.filter((p): p is ProgressPoint & { value: number } => p.value !== null);
  const latest = present[present.length - 1] ?? null;
  const first = present[0];
  const direction = directionOf(indicator);
  const run = trendRun(
    present.map((p, k) => ({ year: k, value: p.value })),
    { direction },
  );
  const at = (k: number | null): string | null => (k === null ? null : (present[k]?.period ?? null));
  let projection: ProgressProjection | null = null;
  const annual =
    target !== null && [...present.map((p) => p.period), target.period].every((p) => parsePeriod(p)?.kind === 'year');
  if (target && kind === 'number' && annual && latest && first && latest.t > first.t && target.t > latest.t) {
    const unsd = progressUnsd(
      present.map((p) => ({ year: Number(p.period), value: p.value })),
      { direction, target: target.value, targetYear: Number(target.period) },
    );
    // No projection where the method gives none: the latest value already meets the target, or the growth rate is undefined.
    if (typeof unsd.projected === 'number' && unsd.cagr !== null) {
      projection = {
        from: { period: latest.period, t: latest.t, value: latest.value },
        to: { period: target.period, t: target.t, value: unsd.projected },
        growthRate: unsd.cagr,
        meets: meetsTarget(unsd.projected, target.value, target.comparator),
      };
    }
  }
  const status = latest
    ? (options.status ?? ((p) => statusLookup(bundle, [unit.id])(indicator.id, unit.id, p)))(latest.period)
    : 'noData';
  return {
    ok: true,
    value: {
      indicator: indicator.id,
      unit: unit.id,
      title: label(indicator.title),
      unitName: label(unit.name),
      unitOfMeasure: label(indicator.unitOfMeasure),
      kind,
      direction,
      points,
      plan,
      baseline,
      milestones,
      target,
      band: indicator.polarity === 'band' && indicator.band ? { ...indicator.band } : null,
      latest,
      status,
      trend: { trend: run.trend, run: run.run, from: at(run.from), to: at(run.to) },
      projection,
      digits: digitsOf(present),
      decimals: indicator.decimals ?? null,
    },
  };
}

/** Looks up the assessed status of an indicator for a unit in a period. */
export type StatusLookup = (indicator: string, unit: string, period: string) => IndicatorProgressStatus;

/**
 * The status an indicator has for a unit in a period, as the core's `assessBundle` decides it, so the
 * chart and `<eco-scorecard>` never disagree. Each period is assessed once (for the given units
 * only) and remembered by the returned function, so moving between units or languages is free.
 *
 * @param bundle - A bundle that passed `parseBundle`.
 * @param units - The units the chart shows; only these are assessed.
 * @returns A lookup `(indicator, unit, period) → status`; `noData` when the cell has no value.
 * @example
 * statusLookup(bundle, ['gangkou'])('pm25', 'gangkou', '2025') //=> 'deteriorating'
 */
export function statusLookup(bundle: Bundle, units: ReadonlyArray<string>): StatusLookup {
  const byPeriod = new Map<string, Assessment>();
  return (indicator, unit, period) => {
    let assessment = byPeriod.get(period);
    if (!assessment) {
      assessment = engine().assessBundle(bundle, { period, units });
      byPeriod.set(period, assessment);
    }
    return indicatorResults(assessment, unit).find((r) => r.indicator === indicator)?.status ?? 'noData';
  };
}
