import type { Explanation, Lang } from '@eco-reform/core';

const METHOD = {
  'zh-CN': { goalposts: '目标值法', minMax: '极差标准化', distanceToTarget: '目标距离法', efficacy: '功效系数法', zScore: 'Z 分数', rank: '排序', percentRank: '百分位排序', borda: 'Borda 计数', bands: '分档计分', boolean: '是否计分', deduction: '扣分法', value: '原值' },
  en: { goalposts: 'goalposts', minMax: 'min–max', distanceToTarget: 'distance to target', efficacy: 'efficacy coefficient', zScore: 'z-score', rank: 'rank', percentRank: 'percent rank', borda: 'Borda count', bands: 'bands', boolean: 'yes/no', deduction: 'deduction', value: 'as given' },
} as const;

const FLAG = {
  'zh-CN': { missing: '缺数据', unscorable: '无法计分', imputed: '按规则补值', capped: '已封顶', excluded: '不计入（权重转给同级）' },
  en: { missing: 'no data', unscorable: 'cannot be scored', imputed: 'filled in by the missing-data policy', capped: 'capped', excluded: 'left out (its weight went to its siblings)' },
} as const;

/**
 * The "why" of each scorecard row, from the core's `explain()`: for an area its score, the share
 * of the total it carries and the points it contributes; for an indicator the chain raw value →
 * method → 0–100 score → weight used → points, with any flags. Keyed by area or indicator id.
 */
export function rowExplanations(explanation: Explanation, lang: Lang): Map<string, string> {
  const zh = lang === 'zh-CN';
  const formats = [0, 1, 2].map((d) => new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d }));
  const f = (x: number | null, d: 0 | 2): string => (x === null ? '—' : formats[d]!.format(x));
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const pct = (x: number | null): string => (x === null ? '—' : percent.format(x));
  const out = new Map<string, string>();
  for (const a of explanation.areas) {
    out.set(a.area, zh
      ? `得分 ${f(a.score, 2)}（0–100），占总分权重 ${pct(a.weightUsed)}，贡献 ${f(a.points, 2)} 分；由 ${a.indicators.length} 项指标加权汇总。`
      : `Score ${f(a.score, 2)} (0–100), ${pct(a.weightUsed)} of its parent's weight, contributing ${f(a.points, 2)} points; the weighted aggregate of ${a.indicators.length} indicators.`);
    for (const i of a.indicators) {
      const raw = i.raw === null ? '—' : typeof i.raw === 'boolean' ? (i.raw ? (zh ? '是' : 'yes') : (zh ? '否' : 'no')) : f(i.raw, Number.isInteger(i.raw) ? 0 : 2);
      const method = (METHOD[lang] as Record<string, string>)[i.method.method] ?? i.method.method;
      const flags = i.flags.map((x) => FLAG[lang][x]).join(zh ? '，' : ', ');
      out.set(i.indicator, zh
        ? `实际值 ${raw} → ${method} → 标准化得分 ${f(i.normalized, 2)} → 领域内权重 ${pct(i.weightUsed)} → ${f(i.points, 2)} 分${flags ? `（${flags}）` : ''}。`
        : `Actual ${raw} → ${method} → score ${f(i.normalized, 2)} → ${pct(i.weightUsed)} of its area → ${f(i.points, 2)} points${flags ? ` (${flags})` : ''}.`);
    }
  }
  return out;
}
