import { nice, ticks as tickValues } from 'd3-array';
import { linearScale } from '../../shared/linear-scale.js';
import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { dayNumber } from '../../shared/periods.js';
import type { ProgressKnot, ProgressPoint, ProgressSeries } from './progress-chart.series.js';

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
  /** The planned trajectory, baseline → milestones → target. */
  plan: string;
  milestones: Array<{ x: number; y: number; period: string; value: number; d: string }>;
  baseline: { x: number; y: number };
  target: { x: number; y: number; value: number };
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
  s.target.value,
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
    if (s.kind !== 'number' || s.band) continue;
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
  const ts = series.flatMap((s) => [s.baseline.t, s.target.t, ...s.points.map((p) => p.t)]);
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
 * Lays out a progress chart: linear scales with d3-array's nice domains and ticks, and paths (d3-shape) for the actual series with
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

  const curve = series.kind === 'boolean' ? curveStepAfter : curveLinear;
  const actual =
    line<ProgressPoint>()
      .defined((p) => p.value !== null)
      .x((p) => x(p.t))
      .y((p) => y(p.value ?? 0))
      .curve(curve)
      .digits(2)(series.points) ?? '';
  const knotPath = (knots: ProgressKnot[]): string =>
    line<ProgressKnot>()
      .x((k) => x(k.t))
      .y((k) => y(k.value))
      .curve(curve)
      .digits(2)(knots) ?? '';

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
  else if (series.kind === 'number') {
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
    baseline: { x: r2(x(series.baseline.t)), y: r2(y(series.baseline.value)) },
    target: { x: r2(x(t.t)), y: r2(y(t.value)), value: t.value },
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
