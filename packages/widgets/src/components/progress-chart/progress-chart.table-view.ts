import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@eco-reform/core';
import { formatPeriod, formatValue } from './progress-chart.format.js';
import type { ProgressSeries } from './progress-chart.series.js';
import { progressTableRows, type ProgressSort } from './progress-chart.table.js';
import { progressChartText } from './progress-chart.text.js';

/**
 * The table twin: one row per period (and unit, for small multiples) with value, plan and note,
 * sortable by period or value through buttons in the column headers; `aria-sort` marks the
 * sorted column. Values are text, formatted with `Intl.NumberFormat`.
 *
 * @param series - The series shown.
 * @param lang - `zh-CN` or `en`.
 * @param sort - The current order.
 * @param onSort - Called with the column the user asked to sort by.
 * @returns A `<table part="table">` template.
 * @example
 * html`${tableTemplate([series], 'en', { key: 'period', direction: 'ascending' }, (key) => …)}`
 */
export function tableTemplate(
  series: ReadonlyArray<ProgressSeries>,
  lang: Lang,
  sort: ProgressSort,
  onSort: (key: ProgressSort['key']) => void,
): TemplateResult {
  const s = progressChartText[lang];
  const zh = lang === 'zh-CN';
  const multi = series.length > 1;
  const header = (key: ProgressSort['key'], label: string): TemplateResult => {
    const sorted = sort.key === key;
    const arrow = sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '△';
    return html`<th scope="col" class=${key === 'value' ? 'num' : ''} aria-sort=${sorted ? sort.direction : nothing}>
      <button type="button" class="sort" @click=${() => onSort(key)}>${label} <span aria-hidden="true">${arrow}</span></button></th>`;
  };
  return html`<table part="table" class="stack">
    <caption>${s.labelled(series[0] ? (zh ? series[0].title.zh : series[0].title.en) : '', s.caption)}</caption>
    <thead><tr>
      ${multi ? html`<th scope="col">${s.unit}</th>` : nothing}
      ${header('period', s.period)}${header('value', s.value)}
      <th scope="col" class="num">${s.planned}</th><th scope="col">${s.note}</th>
    </tr></thead>
    <tbody>${progressTableRows(series, sort).map((r) => {
      const x = series[r.series]!;
      return html`<tr>
        ${multi ? html`<td data-label=${s.unit}>${zh ? x.unitName.zh : x.unitName.en}</td>` : nothing}
        <td data-label=${s.period}>${formatPeriod(r.period, lang)}</td>
        <td class="num" data-label=${s.value}>${formatValue(r.value, x, lang)}</td>
        <td class="num" data-label=${s.planned}>${formatValue(r.planned, x, lang)}</td>
        <td data-label=${s.note}>${r.note ?? ''}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}
