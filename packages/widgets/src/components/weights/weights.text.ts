const EN_ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const enOrdinal = (n: number): string => `${n}${EN_SUFFIX[EN_ORDINAL.select(n)] ?? 'th'}`;

/**
 * The weighting widget's words in each language it speaks. Data texts (area and unit names) come
 * from the bundle; numbers are formatted with `Intl.NumberFormat` by the layout.
 *
 * @category Widgets
 * @example
 * weightsText.en.reset //=> 'Reset to official weights'
 * weightsText.en.place(2, true) //=> 'joint 2nd'
 */
export const weightsText = {
  'zh-CN': {
    loading: '正在加载考核数据…',
    error: '无法进行自定义权重',
    empty: '没有数据',
    assessmentOnly: '仅有考核结果无法重新赋权：请提供计算它的数据包 { framework, observations, reports }',
    legend: '我的权重：每个领域有多重要（0 = 不计入，5 = 最重要）',
    reset: '恢复官方权重',
    officialCaption: '官方排名',
    yoursCaption: '按我的权重排名',
    officialWeights: '官方权重',
    yourWeights: '我的权重',
    rank: '名次',
    unit: '单位',
    total: '总分',
    change: '较官方排名',
    officialRank: '官方名次',
    selected: '（当前单位）',
    allZero: '所有权重均为 0，无法排名。请至少给一个领域大于 0 的权重。',
    noneRanked: '没有可排名的单位。',
    shown: (k: string, n: string): string => `前 ${k} 名，共 ${n} 个单位`,
    valueText: (v: number, share: string): string => `${v}（占 ${share}）`,
    rankCell: (n: number, tied: boolean): string => `${tied ? '并列' : ''}${n}`,
    place: (n: number, tied: boolean): string => `${tied ? '并列' : ''}第 ${n} 名`,
    up: (n: number): string => `上升 ${n} 位`,
    down: (n: number): string => `下降 ${n} 位`,
    same: '不变',
    updated: '排名已更新：',
    now: (name: string, place: string, was: string): string => `${name} 现为${place}（原为${was}）`,
    still: (name: string, place: string): string => `${name} 仍为${place}`,
    unranked: (name: string): string => `${name} 未参与排名`,
    leaders: (list: string[]): string => list.join('，'),
    leader: (place: string, name: string): string => `${place} ${name}`,
    summaryOfficial: (name: string, place: string, total: string): string =>
      `按官方权重，${name} 以 ${total} 分排${place}。`,
    summaryYours: (name: string, place: string, total: string, moved: number, n: number): string =>
      `按我的权重，${name} 以 ${total} 分排${place}；${n} 个单位中有 ${moved} 个名次与官方排名不同。`,
    summaryUnit: (name: string, place: string, official: string): string => `${name}：${place}（官方${official}）。`,
  },
  en: {
    loading: 'Loading the data…',
    error: 'The weighting cannot be shown',
    empty: 'No data',
    assessmentOnly:
      'an assessment alone cannot be re-weighted: give the bundle { framework, observations, reports } it was computed from',
    legend: 'Your weights: how much each area counts (0 = not at all, 5 = the most)',
    reset: 'Reset to official weights',
    officialCaption: 'Official ranking',
    yoursCaption: 'Ranking under your weights',
    officialWeights: 'official weights',
    yourWeights: 'your weights',
    rank: 'Rank',
    unit: 'Unit',
    total: 'Total',
    change: 'Change vs official',
    officialRank: 'Official rank',
    selected: ' (selected)',
    allZero: 'Every weight is 0, so nothing can be ranked. Give at least one area a weight.',
    noneRanked: 'No unit could be ranked.',
    shown: (k: string, n: string): string => `top ${k} of ${n} units`,
    valueText: (v: number, share: string): string => `${v} (${share} of the total)`,
    rankCell: (n: number, tied: boolean): string => `${tied ? 'T' : ''}${n}`,
    place: (n: number, tied: boolean): string => `${tied ? 'joint ' : ''}${enOrdinal(n)}`,
    up: (n: number): string => `up ${n}`,
    down: (n: number): string => `down ${n}`,
    same: 'unchanged',
    updated: 'Ranking updated: ',
    now: (name: string, place: string, was: string): string => `${name} now ${place} (was ${was})`,
    still: (name: string, place: string): string => `${name} still ${place}`,
    unranked: (name: string): string => `${name} is not ranked`,
    leaders: (list: string[]): string => list.join(', '),
    leader: (place: string, name: string): string => `${place} ${name}`,
    summaryOfficial: (name: string, place: string, total: string): string =>
      `Under the official weights, ${name} is ${place} with ${total}.`,
    summaryYours: (name: string, place: string, total: string, moved: number, n: number): string =>
      `Under your weights, ${name} is ${place} with ${total}; ${moved} of ${n} units rank differently from the official ranking.`,
    summaryUnit: (name: string, place: string, official: string): string =>
      `${name}: ${place} (official: ${official}).`,
  },
} as const;
