import { parsePeriod, type Lang, statusLabels, cellWording, noteText } from '@eco-reform/core/display';
import type { ProgressSeries } from './progress-chart.layout.js';

/**
 * The progress chart's own words (its chrome), in both languages. Data texts (titles, unit
 * names, notes) come from the bundle; sentences about the data come from `progressSummary`.
 *
 * @example
 * progressChartText.en.showTable //=> 'Show the data as a table'
 */
export const progressChartText = {
  'zh-CN': {
    loading: '正在加载监测数据…',
    error: '无法显示进展图',
    empty: '没有数据',
    chart: '图表',
    hint: '聚焦图表后，用 ← → 键在数据点之间移动，Home / End 键跳到第一个或最后一个，回车键选中。',
    showTable: '以表格显示数据',
    hideTable: '隐藏数据表',
    caption: '各期数值',
    labelled: (label: string, text: string) => `${label}：${text}`,
    unit: '单位',
    period: '时期',
    value: '数值',
    planned: '计划值',
    note: '备注',
    sortAscending: '升序',
    sortDescending: '降序',
    units: '显示的单位',
    noSeries: '没有选择任何单位。',
    notes: '注释',
    target: '目标',
    noTarget: '未设目标：按与其他单位的相对位置评分。',
    selected: '已选中',
    actual: '实际值',
    plan: '计划路径',
    milestone: '阶段目标',
    zone: '达标区间',
    projection: '按年均增速推算',
    gap: '数据缺失',
    pointOf: (k: number, n: number): string => `第 ${k} 个，共 ${n} 个`,
  },
  en: {
    loading: 'Loading the monitoring data…',
    error: 'The progress chart cannot be shown',
    empty: 'No data',
    chart: 'chart',
    hint: 'With the chart focused, use ← → to move between points, Home / End for the first or last, Enter to select.',
    showTable: 'Show the data as a table',
    hideTable: 'Hide the table',
    caption: 'Values by period',
    labelled: (label: string, text: string) => `${label}: ${text}`,
    unit: 'Unit',
    period: 'Period',
    value: 'Value',
    planned: 'Plan',
    note: 'Note',
    sortAscending: 'ascending',
    sortDescending: 'descending',
    units: 'Units shown',
    noSeries: 'No unit is selected.',
    notes: 'Notes',
    target: 'Target',
    noTarget: 'No target: scored relative to the other units.',
    selected: 'Selected',
    actual: 'Actual',
    plan: 'Planned path',
    milestone: 'Milestone',
    zone: 'Target zone',
    projection: 'Projection at the growth rate so far',
    gap: 'No data',
    pointOf: (k: number, n: number): string => `point ${k} of ${n}`,
  },
} as const;

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

function trendWords(s: ProgressSeries, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const { trend, run } = s.trend;
  const from = s.trend.from ? formatPeriod(s.trend.from, lang) : '';
  const to = s.trend.to ? formatPeriod(s.trend.to, lang) : '';
  if (trend === 'none') return zh ? '数据不足，无法判断' : 'not enough values to tell';
  if (trend === 'flat') return zh ? `自${from}以来持平` : `unchanged since ${from}`;
  const better = trend === 'improving';
  if (run > 1) {
    return zh
      ? `连续 ${run} 期${better ? '改善' : '变差'}（${from}至${to}）`
      : `${better ? 'improving' : 'getting worse'} for ${run} periods in a row (${from}–${to})`;
  }
  return zh ? `${to}较${from}${better ? '改善' : '变差'}` : `${better ? 'better' : 'worse'} in ${to} than in ${from}`;
}

/**
 * The chart in words, for everyone (shown under the chart) and for screen readers: the latest
 * value and its plan, the target, the status, the trend, where the growth rate so far leads and which
 * periods have no value. In simplified Chinese or English, numbers with `Intl.NumberFormat`.
 *
 * @param s - The series.
 * @param lang - `zh-CN` or `en`.
 * @returns A short paragraph.
 * @example
 * progressSummary(pm25Gangkou, 'en')
 * //=> 'PM2.5 annual average, Gangkou District: 42.8 µg/m³ in 2025 (plan: 32 µg/m³). Target: at most 30 µg/m³ by 2026. Status: Deteriorating. …'
 *
 * @category Layout
 */
export function progressSummary(s: ProgressSeries, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const title = zh ? `${s.unitName.zh} · ${s.title.zh}` : `${s.title.en}, ${s.unitName.en}`;
  const v = (x: number | null): string => formatValue(x, s, lang, true);
  const parts: string[] = [];
  if (s.latest) {
    const planned =
      s.latest.planned === null ? '' : zh ? `（计划 ${v(s.latest.planned)}）` : ` (plan: ${v(s.latest.planned)})`;
    parts.push(
      zh
        ? `${title}：${formatPeriod(s.latest.period, lang)}为 ${v(s.latest.value)}${planned}。`
        : `${title}: ${v(s.latest.value)} in ${formatPeriod(s.latest.period, lang)}${planned}.`,
    );
  } else {
    parts.push(zh ? `${title}：尚无数据。` : `${title}: no values reported yet.`);
  }
  const t = s.target;
  const targetPeriod = t ? formatPeriod(t.period, lang) : '';
  if (t) {
    const target = cellWording(
      {
        indicator: {
          unitOfMeasure: s.unitOfMeasure,
          target: t,
          ...(s.decimals === null ? {} : { decimals: s.decimals }),
        },
        value: null,
        target: s.kind === 'boolean' ? t.value >= 0.5 : t.value,
      },
      lang,
    ).target;
    parts.push(zh ? `目标：${targetPeriod}${target}。` : `Target: ${target} by ${targetPeriod}.`);
  } else parts.push(progressChartText[lang].noTarget);
  parts.push(zh ? `状态：${statusLabels[s.status].zh}。` : `Status: ${statusLabels[s.status].en}.`);
  parts.push(zh ? `趋势：${trendWords(s, lang)}。` : `Trend: ${trendWords(s, lang)}.`);
  const p = s.projection;
  if (p) {
    const since = formatPeriod(s.points.find((x) => x.value !== null)!.period, lang);
    parts.push(
      zh
        ? `按${since}以来的年均增速，${targetPeriod}将为 ${v(p.to.value)}，${p.meets ? '可以' : '无法'}达到目标。`
        : `At the growth rate since ${since}, it would be ${v(p.to.value)} by ${targetPeriod}, ${p.meets ? 'meeting' : 'missing'} the target.`,
    );
  }
  const missing = s.points.filter((x) => x.value === null).map((x) => formatPeriod(x.period, lang));
  if (missing.length > 0) parts.push(zh ? `${missing.join('、')}无数据。` : `No value for ${missing.join(', ')}.`);
  return parts.join(zh ? '' : ' ');
}

/**
 * One point in words, as lines: the period (and the unit, for small multiples), the value, the
 * plan for that period and the note. The tooltip shows the lines; the live region reads them.
 *
 * @param s - The series.
 * @param index - An index into `s.points`.
 * @param lang - `zh-CN` or `en`.
 * @param withUnit - Name the unit in the first line.
 * @returns The lines, or `[]` for an unknown index.
 * @example
 * describePoint(pm25Gangkou, 4, 'zh-CN') //=> ['2024年', '数值：42.8 微克/立方米', '计划：34 微克/立方米', '备注：港区扩建影响']
 */
export function describePoint(s: ProgressSeries, index: number, lang: Lang, withUnit = false): string[] {
  const p = s.points[index];
  if (!p) return [];
  const zh = lang === 'zh-CN';
  const period = formatPeriod(p.period, lang);
  const lines = [withUnit ? `${period} · ${zh ? s.unitName.zh : s.unitName.en}` : period];
  lines.push(
    `${zh ? '数值：' : 'Value: '}${p.value === null ? (zh ? '无数据' : 'no data') : formatValue(p.value, s, lang, true)}`,
  );
  if (p.planned !== null) lines.push(`${zh ? '计划：' : 'Plan: '}${formatValue(p.planned, s, lang, true)}`);
  if (p.note) lines.push(`${zh ? '备注：' : 'Note: '}${noteText(p.note, lang).text}`);
  return lines;
}
