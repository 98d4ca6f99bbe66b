import { parsePeriod, type Lang } from '@eco-reform/core/display';
import type { ProgressSeries } from './progress-chart.series.js';

// Formatters are immutable and costly to build (a chart's first render formats a dozen values and
// periods), so each kind is built once; the keys are few (two languages × up to four decimals).
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits })));
  return f;
}
const englishDates = {
  month: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }),
  date: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }),
};
const englishDate = (kind: 'month' | 'date'): Intl.DateTimeFormat => englishDates[kind];

/**
 * Formats a value of a series for people, with `Intl.NumberFormat` in the language (grouping,
 * decimals as the data carries them, at least one), or yes/no for a yes/no indicator.
 *
 * @param value - The value; `null` is shown as a dash.
 * @param series - The series, for its kind and decimals.
 * @param lang - `zh-CN` or `en`.
 * @param withUnit - Append the unit of measure.
 * @returns The text, e.g. `42.8 µg/m³` or `是`.
 * @example
 * formatValue(1234.5, pm25Series, 'en', true) //=> '1,234.5 µg/m³'
 */
export function formatValue(value: number | null, series: ProgressSeries, lang: Lang, withUnit = false): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (series.kind === 'boolean')
    return value >= 0.5 ? (lang === 'zh-CN' ? '是' : 'yes') : lang === 'zh-CN' ? '否' : 'no';
  const text = numberFormat(lang, Math.max(1, series.digits)).format(value);
  const unit = lang === 'zh-CN' ? series.unitOfMeasure.zh : series.unitOfMeasure.en;
  if (!withUnit || !unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/**
 * Formats a period for people: `2025` (`2025年`), `Q3 2025` (`2025年第3季度`), `Jul 2025`
 * (`2025年7月`), `Jul 15, 2025` (`2025年7月15日`); English dates through `Intl.DateTimeFormat` in
 * UTC, so a label never shifts with the time zone.
 *
 * @param period - A period string.
 * @param lang - `zh-CN` or `en`.
 * @returns The label; text that is not a period is returned as it is.
 * @example
 * formatPeriod('2025-Q3', 'zh-CN') //=> '2025年第3季度'
 */
export function formatPeriod(period: string, lang: Lang): string {
  const p = parsePeriod(period);
  if (!p) return period;
  const zh = lang === 'zh-CN';
  switch (p.kind) {
    case 'year':
      return zh ? `${p.year}年` : String(p.year);
    case 'quarter':
      return zh ? `${p.year}年第${p.quarter}季度` : `Q${p.quarter} ${p.year}`;
    case 'month':
    case 'date': {
      if (zh) return `${p.year}年${p.month}月${p.kind === 'date' ? `${p.day}日` : ''}`;
      const date = new Date(Date.UTC(p.year, p.month! - 1, p.day ?? 1));
      return englishDate(p.kind).format(date);
    }
  }
}
