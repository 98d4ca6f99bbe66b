import { statusLabels, type Comparator, type Lang } from '@eco-reform/core/display';
import { formatPeriod, formatValue } from './progress-chart.format.js';
import type { ProgressSeries } from './progress-chart.series.js';

const comparatorWords: Record<Comparator, { zh: string; en: string }> = {
  '>=': { zh: '不低于', en: 'at least' },
  '<=': { zh: '不高于', en: 'at most' },
  '=': { zh: '等于', en: 'exactly' },
  '~': { zh: '约为', en: 'about' },
};

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
  const word = comparatorWords[s.target.comparator][zh ? 'zh' : 'en'];
  const target = s.kind === 'boolean' ? v(s.target.value) : `${word} ${v(s.target.value)}`;
  const targetPeriod = formatPeriod(s.target.period, lang);
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
  parts.push(zh ? `目标：${targetPeriod}${target}。` : `Target: ${target} by ${targetPeriod}.`);
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
 * describePoint(pm25Gangkou, 4, 'zh-CN') //=> ['2024年', '数值：42.8 微克/立方米', '计划：34 微克/立方米', '备注：港区扩建影响 / port expansion']
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
  if (p.note) lines.push(`${zh ? '备注：' : 'Note: '}${p.note}`);
  return lines;
}
