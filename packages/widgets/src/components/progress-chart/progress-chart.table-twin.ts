import type { Lang } from '@eco-reform/core';
import type { TableTwin } from '../../internal/table-twin.js';
import { formatPeriod, formatValue } from './progress-chart.format.js';
import type { ProgressSeries } from './progress-chart.series.js';
import { progressTableRows, type ProgressSort } from './progress-chart.table.js';
import { progressChartText } from './progress-chart.text.js';

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
        r.note ?? '',
      ];
    }),
  };
}
