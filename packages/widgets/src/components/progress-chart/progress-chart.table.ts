import type { ProgressSeries } from './progress-chart.layout.js';
import { type Lang, type Note, noteText } from '@eco-reform/core/display';
import { noteTemplate } from '../../shared/note-template.js';
import type { TableTwin } from '../../shared/table-twin.js';
import { formatPeriod, formatValue, progressChartText } from './progress-chart.text.js';
import { html, nothing, type TemplateResult } from 'lit';

/** How the table twin is sorted: by period or by value, ascending or descending. */
export interface ProgressSort {
  key: 'period' | 'value';
  direction: 'ascending' | 'descending';
}

/** One row of the table twin: a period of one unit's series. */
export interface ProgressTableRow {
  /** Position of the series among those shown. */
  series: number;
  /** Index into that series' `points`. */
  index: number;
  period: string;
  t: number;
  value: number | null;
  planned: number | null;
  note: Note | null;
}

/**
 * The rows of the table twin for the series shown, sorted by period or value. Periods without a
 * value stay in the table (so the break is visible there too) and sort last by value in either
 * direction; ties keep period order, then series order.
 *
 * @param series - The series shown.
 * @param sort - **key** `period` or `value`, **direction** `ascending` or `descending`.
 * @returns The rows.
 * @example
 * progressTableRows([pm25Gangkou], { key: 'value', direction: 'descending' })[0].period //=> '2020'
 */
export function progressTableRows(series: ReadonlyArray<ProgressSeries>, sort: ProgressSort): ProgressTableRow[] {
  const rows = series.flatMap((s, k) =>
    s.points.map((p, index) => ({
      series: k,
      index,
      period: p.period,
      t: p.t,
      value: p.value,
      planned: p.planned,
      note: p.note,
    })),
  );
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byPeriod = (a: ProgressTableRow, b: ProgressTableRow): number => a.t - b.t || a.series - b.series;
  return rows.sort((a, b) => {
    if (sort.key === 'period') return sign * byPeriod(a, b);
    if (a.value === null || b.value === null) return a.value === b.value ? byPeriod(a, b) : a.value === null ? 1 : -1;
    return sign * (a.value - b.value) || byPeriod(a, b);
  });
}

/**
 * The chart's table twin as plain text, in the order the table shows: what "Download table (CSV)"
 * writes. Values carry the unit of measure in the heading rather than in every cell.
 *
 * @category Layout
 * @param series - The series shown.
 * @param lang - `zh-CN` or `en`.
 * @param sort - The table's current order.
 * @returns The table.
 * @example
 * progressTableTwin([pm25Gangkou], 'en', { key: 'period', direction: 'ascending' }).head //=> ['Period', 'Value (µg/m³)', 'Plan (µg/m³)', 'Note']
 */
export function progressTableTwin(series: ReadonlyArray<ProgressSeries>, lang: Lang, sort: ProgressSort): TableTwin {
  const s = progressChartText[lang];
  const zh = lang === 'zh-CN';
  const multi = series.length > 1;
  const first = series[0];
  const uom = first ? (zh ? first.unitOfMeasure.zh : first.unitOfMeasure.en) : '';
  const withUom = (label: string): string => (uom ? `${label} (${uom})` : label);
  const title = first ? (zh ? first.title.zh : first.title.en) : '';
  return {
    caption:
      multi || !first
        ? s.labelled(title, s.caption)
        : s.labelled(`${title} · ${zh ? first.unitName.zh : first.unitName.en}`, s.caption),
    head: [...(multi ? [s.unit] : []), s.period, withUom(s.value), withUom(s.planned), s.note],
    rows: progressTableRows(series, sort).map((r) => {
      const x = series[r.series]!;
      return [
        ...(multi ? [zh ? x.unitName.zh : x.unitName.en] : []),
        formatPeriod(r.period, lang),
        formatValue(r.value, x, lang),
        formatValue(r.planned, x, lang),
        r.note === null ? '' : noteText(r.note, lang).text,
      ];
    }),
  };
}

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
        <td data-label=${s.note}>${noteTemplate(r.note, lang)}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}
