import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Lang } from '@eco-reform/core';
import type { ProgressSeries } from './progress-chart.series.js';
import { progressChartText } from './progress-chart.text.js';

const swatch = (
  cls: string,
  mark: SVGTemplateResult = svg`<line x1="1" x2="27" y1="6" y2="6"></line>`,
): TemplateResult =>
  html`<svg class=${`swatch ${cls}`} width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">${mark}</svg>`;

/**
 * The key to the chart: a swatch drawn like the mark (same dash, same shape) and its name, for
 * the marks the shown series actually have.
 *
 * @param series - The series shown.
 * @param lang - `zh-CN` or `en`.
 * @returns A `<ul part="legend">` template.
 * @example
 * html`${legendTemplate([series], 'zh-CN')}`
 */
export function legendTemplate(series: ReadonlyArray<ProgressSeries>, lang: Lang): TemplateResult {
  const s = progressChartText[lang];
  const items: TemplateResult[] = [
    html`<li>${swatch('actual', svg`<line x1="1" x2="27" y1="6" y2="6"></line><circle class="point" cx="14" cy="6" r="3.5"></circle>`)}${s.actual}</li>`,
    html`<li>${swatch('plan')}${s.plan}</li>`,
  ];
  if (series.some((x) => x.milestones.length > 0))
    items.push(html`<li>${swatch('milestone', svg`<path d="M14,1L19,6L14,11L9,6Z"></path>`)}${s.milestone}</li>`);
  items.push(html`<li>${swatch('target')}${s.target}</li>`);
  if (series.some((x) => x.band || (x.kind === 'number' && x.target.comparator !== '='))) {
    items.push(html`<li>${swatch('band', svg`<rect x="1" y="1" width="26" height="10"></rect>`)}${s.zone}</li>`);
  }
  if (series.some((x) => x.projection)) items.push(html`<li>${swatch('projection')}${s.projection}</li>`);
  if (series.some((x) => x.points.some((p) => p.value === null))) {
    items.push(html`<li>${swatch('gap', svg`<rect x="1" y="1" width="26" height="10"></rect>`)}${s.gap}</li>`);
  }
  return html`<ul part="legend" class="legend">${items}</ul>`;
}
