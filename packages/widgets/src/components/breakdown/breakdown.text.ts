/**
 * The breakdown's own words in each language it speaks. Data texts (unit and area names, rule
 * reasons) come from the assessment; the "why" sentences are in `breakdown.why.ts`.
 *
 * @category Layout
 * @example
 * breakdownText.en.caption //=> 'How the total is built'
 */
export const breakdownText = {
  'zh-CN': {
    loading: '正在加载考核数据…', error: '无法显示得分构成', empty: '没有数据', unit: '考核单位', total: '总分', grade: '等次', rank: '排名',
    caption: '总分构成', chart: '总分构成瀑布图', step: '步骤', kind: '类型', change: '增减', running: '累计', why: '为什么？', whyOf: '说明',
    subtotal: '各领域合计', totalStep: '总分',
    kinds: { area: '领域得分', subtotal: '小计', deduction: '扣分', bonus: '加分', adjustment: '调整', veto: '一票否决', cap: '等次上限', total: '总分' },
    noTotal: '无总分', noGrade: '无等次',
    marker: { veto: (g: string) => `一票否决 → ${g}`, cap: (g: string) => `至多${g}`, none: '（未起作用）' },
    rankOf: (r: number | null, n: number) => (r === null ? '未排名' : `第 ${r} / ${n} 名`),
  },
  en: {
    loading: 'Loading the assessment…', error: 'The breakdown cannot be shown', empty: 'No data', unit: 'Unit', total: 'Total', grade: 'Grade', rank: 'Rank',
    caption: 'How the total is built', chart: 'Waterfall of the total', step: 'Step', kind: 'Kind', change: 'Change', running: 'Running total', why: 'Why?', whyOf: 'Explanation',
    subtotal: 'Areas subtotal', totalStep: 'Total',
    kinds: { area: 'Area points', subtotal: 'Subtotal', deduction: 'Deduction', bonus: 'Bonus', adjustment: 'Adjustment', veto: 'Veto', cap: 'Grade cap', total: 'Total' },
    noTotal: 'no total', noGrade: 'no grade',
    marker: { veto: (g: string) => `Veto → ${g}`, cap: (g: string) => `At most ${g}`, none: ' (no effect)' },
    rankOf: (r: number | null, n: number) => (r === null ? 'not ranked' : `${r} of ${n}`),
  },
} as const;
