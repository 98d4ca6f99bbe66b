import { methodLabels, type Explanation, type Lang } from '@eco-reform/core/display';

const FLAG = {
  'zh-CN': {
    missing: '缺数据',
    unscorable: '无法计分',
    imputed: '按规则补值',
    capped: '已封顶',
    excluded: '不计入（权重转给同级）',
    notApplicable: '不适用',
  },
  en: {
    missing: 'no data',
    unscorable: 'cannot be scored',
    imputed: 'filled in by the missing-data policy',
    capped: 'capped',
    excluded: 'left out (its weight went to its siblings)',
    notApplicable: 'not applicable',
  },
} as const;

/**
 * The "why" of each scorecard row, from the core's `explain()`: for an area its score, the share
 * of the total it carries and the points it contributes; for an indicator the chain raw value →
 * method → 0–100 score → weight used → points, with any flags. Keyed by area or indicator id.
 */
export function rowExplanations(explanation: Explanation, lang: Lang): Map<string, string> {
  const zh = lang === 'zh-CN';
  const formats = [0, 1, 2].map(
    (d) => new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d }),
  );
  const f = (x: number | null, d: 0 | 2): string => (x === null ? '—' : formats[d]!.format(x));
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const pct = (x: number | null): string => (x === null ? '—' : percent.format(x));
  const out = new Map<string, string>();
  for (const a of explanation.areas) {
    out.set(
      a.area,
      zh
        ? `得分 ${f(a.score, 2)}（0–100），占总分权重 ${pct(a.weightUsed)}，贡献 ${f(a.points, 2)} 分；由 ${a.indicators.length} 项指标加权汇总。`
        : `Score ${f(a.score, 2)} (0–100), ${pct(a.weightUsed)} of its parent's weight, contributing ${f(a.points, 2)} points; the weighted aggregate of ${a.indicators.length} indicators.`,
    );
    for (const i of a.indicators) {
      const raw =
        i.raw === null
          ? '—'
          : typeof i.raw === 'boolean'
            ? i.raw
              ? zh
                ? '是'
                : 'yes'
              : zh
                ? '否'
                : 'no'
            : f(i.raw, Number.isInteger(i.raw) ? 0 : 2);
      const method = methodLabels[i.method.method][zh ? 'zh' : 'en'];
      const flags = i.flags.map((x) => FLAG[lang][x]).join(zh ? '，' : ', ');
      out.set(
        i.indicator,
        zh
          ? `实际值 ${raw} → ${method} → 标准化得分 ${f(i.normalized, 2)} → 领域内权重 ${pct(i.weightUsed)} → ${f(i.points, 2)} 分${flags ? `（${flags}）` : ''}。`
          : `Actual ${raw} → ${method} → score ${f(i.normalized, 2)} → ${pct(i.weightUsed)} of its area → ${f(i.points, 2)} points${flags ? ` (${flags})` : ''}.`,
      );
    }
  }
  return out;
}
