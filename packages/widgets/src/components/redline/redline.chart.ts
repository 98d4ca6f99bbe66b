import { linearScale } from '../../internal/linear-scale.js';

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
