import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Lang } from '@eco-reform/core';
import { formatValue } from './progress-chart.format.js';
import { progressTooltip, type ProgressChartLayout } from './progress-chart.layout.js';
import type { ProgressSeries } from './progress-chart.series.js';
import { progressChartText } from './progress-chart.text.js';

/** What {@link plotTemplate} draws besides the layout: the highlighted points and the tooltip. */
export interface PlotState {
  /** Index into `layout.points` of the point under the pointer or keyboard, or -1. */
  active: number;
  /** The selected period, if it is in this series. */
  selected: string | null;
  /** The tooltip's lines, or `null` for no tooltip. */
  tooltip: string[] | null;
}

/**
 * The chart's SVG from a computed layout, with Lit `svg` templates only: geometry goes in
 * attributes, colours and dashes come from the stylesheet, text is bound as text. The SVG is
 * hidden from assistive technology: the summary, the live region and the table carry its content.
 *
 * @param l - The layout (`progressChartLayout`).
 * @param series - The series, for value formatting.
 * @param lang - `zh-CN` or `en`.
 * @param state - **active** point, **selected** period, **tooltip** lines.
 * @returns The `<svg>` template.
 * @example
 * html`<div part="chart">${plotTemplate(layout, series, 'en', { active: -1, selected: null, tooltip: null })}</div>`
 */
export function plotTemplate(
  l: ProgressChartLayout,
  series: ProgressSeries,
  lang: Lang,
  state: PlotState,
): TemplateResult {
  const { left, right, top, bottom } = l.plot;
  const { active, selected } = state;
  const tip = state.tooltip && l.points[active] ? progressTooltip(l, active, state.tooltip) : null;
  const targetLabel = `${progressChartText[lang].target} ${formatValue(l.target.value, series, lang)}`;
  return html`<svg width=${l.width} height=${l.height} viewBox=${`0 0 ${l.width} ${l.height}`} aria-hidden="true" focusable="false">${svg`
    <g class="grid">${l.yTicks.map((t) => svg`<line x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>`)}</g>
    ${l.band ? svg`<rect part="band" class="band" x=${left} y=${l.band.y0} width=${right - left} height=${l.band.y1 - l.band.y0}></rect>` : nothing}
    ${l.gaps.map((g) => svg`<rect part="gap" class="gap" x=${g.x0} y=${top} width=${Math.max(1, g.x1 - g.x0)} height=${bottom - top}></rect>`)}
    <g class="axis">
      ${l.yTicks.map((t) => svg`<text x=${left - 6} y=${t.y} dy="0.32em" text-anchor="end">${t.label}</text>`)}
      <line x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
      ${l.xTicks.map((t) => svg`<line x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line><text x=${t.x} y=${bottom + 16} text-anchor="middle">${t.label}</text>`)}
    </g>
    <line part="target" class="target" x1=${left} x2=${right} y1=${l.target.y} y2=${l.target.y}></line>
    <text class="target-label" x=${left + 4} y=${l.target.y - 5}>${targetLabel}</text>
    <path part="plan" class="plan" d=${l.plan}></path>
    ${l.milestones.map((m) => svg`<path part="milestone" class="milestone" d=${m.d}></path>`)}
    ${l.projection ? svg`<path part="projection" class="projection" d=${l.projection.d}></path>` : nothing}
    <path part="actual" class="actual" d=${l.actual}></path>
    ${marked(l.points, active, selected).map(
      ({
        p,
        i,
      }) => svg`<circle part="point" class=${`point${i === active ? ' active' : ''}${p.period === selected ? ' selected' : ''}`}
      cx=${p.x} cy=${p.y} r=${i === active || p.period === selected ? 6 : 3.5}></circle>`,
    )}
    ${l.annotations.map((a) => svg`<g class="annotation"><circle cx=${a.x} cy=${a.y} r="7"></circle><text x=${a.x} y=${a.y} dy="0.35em" text-anchor="middle">${a.n}</text></g>`)}
    ${
      tip
        ? svg`<g part="tooltip" class="tooltip"><rect x=${tip.x} y=${tip.y} width=${tip.width} height=${tip.height} rx="4"></rect>
          ${tip.lines.map((t) => svg`<text x=${t.x} y=${t.y}>${t.text}</text>`)}</g>`
        : nothing
    }
  `}</svg>`;
}

/** Above this many values the line carries the series alone: a mark per value would cost more than the line and hide it. */
export const MAX_POINT_MARKS = 400;

/** The points that get a mark: all of them up to {@link MAX_POINT_MARKS}, else only the active and the selected one. */
function marked(
  points: ProgressChartLayout['points'],
  active: number,
  selected: string | null,
): Array<{ p: ProgressChartLayout['points'][number]; i: number }> {
  if (points.length <= MAX_POINT_MARKS) return points.map((p, i) => ({ p, i }));
  return points.flatMap((p, i) => (i === active || p.period === selected ? [{ p, i }] : []));
}
