import { trendRun, type Bundle, type Indicator, type Lang, type YearValue } from '@eco-reform/core';
import type { TrendCell } from './scorecard.layout.js';

const WORDS = {
  'zh-CN': {
    improving: '改善',
    worsening: '恶化',
    flat: '持平',
    years: (n: number) => `${n}年`,
    run: (w: string, n: number) => `连续${n}年${w}`,
  },
  en: {
    improving: 'improving',
    worsening: 'worsening',
    flat: 'flat',
    years: (n: number) => `${n} yr${n === 1 ? '' : 's'}`,
    run: (w: string, n: number) => `${w} for ${n} year${n === 1 ? '' : 's'} in a row`,
  },
} as const;

/**
 * One unit's yearly numeric values up to `period`, by indicator id, in year order: one pass over
 * the observations for the whole scorecard, not one per row.
 */
export function yearlySeries(bundle: Bundle, unitId: string, period: string): Map<string, YearValue[]> {
  const end = Number(period.slice(0, 4));
  const out = new Map<string, YearValue[]>();
  for (const o of bundle.observations) {
    if (o.unit !== unitId || !/^\d{4}$/.test(o.period) || Number(o.period) > end || typeof o.value !== 'number')
      continue;
    let list = out.get(o.indicator);
    if (!list) out.set(o.indicator, (list = []));
    list.push({ year: Number(o.period), value: o.value });
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

/** The trend arrow of a series (the core's `trendRun`), with its run length in words; `null` with fewer than two values. */
export function trendCell(series: ReadonlyArray<YearValue>, indicator: Indicator, lang: Lang): TrendCell | null {
  const r = trendRun(series, { direction: indicator.polarity === 'lower' ? -1 : 1 });
  if (r.trend === 'none') return null;
  const words = WORDS[lang];
  return {
    arrow: r.trend === 'improving' ? '↑' : r.trend === 'worsening' ? '↓' : '→',
    text: words.years(r.run),
    label: words.run(words[r.trend], r.run),
  };
}
