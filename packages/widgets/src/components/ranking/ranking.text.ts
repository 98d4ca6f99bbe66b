/**
 * The ranking's words in each language it speaks. Data texts (unit names, grade labels, rule
 * reasons) come from the assessment; numbers are formatted with `Intl.NumberFormat` by the caller.
 *
 * @category Widgets
 * @example
 * rankingText.en.rank('2', true) //=> 'T2'
 */
export const rankingText = {
  'zh-CN': {
    loading: '正在加载考核数据…', error: '无法显示排名', empty: '没有数据', noUnits: '该时期没有参与考核的单位',
    comparedWith: (period: string) => `与${period}比较`,
    caption: (period: string) => `${period}考核排名`,
    rankHead: '排名', unitHead: '单位', totalHead: '总分', gradeHead: '等次', changeHead: (previous: string | null) => (previous ? `较${previous}名次变化` : '名次变化'), noteHead: '说明',
    rank: (n: string, tied: boolean) => (tied ? `并列第${n}` : `第${n}`),
    rankOf: (rank: string, n: string) => `${rank}名（共 ${n} 名）`,
    change: { up: (n: string) => `上升 ${n} 位`, down: (n: string) => `下降 ${n} 位`, same: '持平', new: '新进排名', none: '—' },
    noTotal: '无总分', noTotalNote: (why: string) => `无法计算总分，排在最后${why ? `（${why}）` : ''}`, ruleGrade: (reasons: string) => `等次由规则确定：${reasons}`,
    highlighted: '当前',
    bands: '等次区间', atLeast: (v: string) => `≥ ${v}`, above: (v: string) => `> ${v}`, below: (v: string) => `< ${v}`, atMost: (v: string) => `≤ ${v}`,
    tieNote: '“并列第N”：总分相同的单位名次相同，其后名次顺延（如 1、2、2、4）。',
    pages: '分页', previousPage: '上一页', nextPage: '下一页',
    pageOf: (k: string, n: string, from: string, to: string, total: string) => `第 ${k} 页，共 ${n} 页（第 ${from}–${to} 个，共 ${total} 个单位）`,
    list: '、', sep: '；', end: '。',
    summary: {
      units: (n: string, period: string, previous: string | null) => `${period}共 ${n} 个单位参与考核${previous ? `（名次变化与${previous}比较）` : ''}`,
      highest: (who: string, total: string, grade: string) => `最高：${who} ${total} 分（${grade}）`,
      lowest: (who: string, total: string, grade: string) => `最低：${who} ${total} 分（${grade}）`,
      tied: (names: string) => `${names}（并列）`,
      grades: (parts: string) => `等次：${parts}`, gradeCount: (label: string, n: string) => `${label} ${n} 个`,
      noTies: '无并列', ties: (n: string, list: string) => `并列 ${n} 处：${list}`, tie: (rank: string, names: string, total: string) => `${rank} ${names}（${total} 分）`,
      more: (n: string) => `等 ${n} 处`, moreNames: (n: string) => `等 ${n} 个`,
      noTotal: (n: string) => `${n} 个单位无法计算总分，排在最后`,
      ruled: (names: string) => `等次由规则确定：${names}`,
      highlight: (name: string, rank: string, change: string) => `${name}（当前）：${rank}${change ? `，${change}` : ''}`,
      highlightNoTotal: (name: string) => `${name}（当前）：无法计算总分`,
      missing: (id: string) => `单位“${id}”不在本次排名中`,
      change: (kind: 'up' | 'down' | 'same' | 'new', words: string, previous: string) => (kind === 'new' ? `${previous}未参与排名` : kind === 'same' ? `与${previous}持平` : `较${previous}${words}`),
    },
  },
  en: {
    loading: 'Loading the assessment…', error: 'The ranking cannot be shown', empty: 'No data', noUnits: 'No unit was assessed for this period',
    comparedWith: (period: string) => `change since ${period}`,
    caption: (period: string) => `Ranking · ${period}`,
    rankHead: 'Rank', unitHead: 'Unit', totalHead: 'Total', gradeHead: 'Grade', changeHead: (previous: string | null) => (previous ? `Change since ${previous}` : 'Change'), noteHead: 'Note',
    rank: (n: string, tied: boolean) => (tied ? `T${n}` : `${n}`),
    rankOf: (rank: string, n: string) => `rank ${rank} of ${n}`,
    change: { up: (n: string) => `up ${n}`, down: (n: string) => `down ${n}`, same: 'unchanged', new: 'newly ranked', none: '—' },
    noTotal: 'no total', noTotalNote: (why: string) => `No total could be computed${why ? ` (${why})` : ''}; listed last`, ruleGrade: (reasons: string) => `Grade set by a rule: ${reasons}`,
    highlighted: 'highlighted',
    bands: 'Grade bands', atLeast: (v: string) => `≥ ${v}`, above: (v: string) => `> ${v}`, below: (v: string) => `< ${v}`, atMost: (v: string) => `≤ ${v}`,
    tieNote: '“T2” means tied for 2nd: units with the same total share the better rank, and the next rank is skipped (1, 2, 2, 4).',
    pages: 'Pages', previousPage: 'Previous page', nextPage: 'Next page',
    pageOf: (k: string, n: string, from: string, to: string, total: string) => `Page ${k} of ${n} (units ${from}–${to} of ${total})`,
    list: ', ', sep: '; ', end: '.',
    summary: {
      units: (n: string, period: string, previous: string | null) => `${n} units assessed for ${period}${previous ? ` (change of rank since ${previous})` : ''}`,
      highest: (who: string, total: string, grade: string) => `highest ${who} ${total} (${grade})`,
      lowest: (who: string, total: string, grade: string) => `lowest ${who} ${total} (${grade})`,
      tied: (names: string) => `${names} (tied)`,
      grades: (parts: string) => `grades: ${parts}`, gradeCount: (label: string, n: string) => `${n} ${label}`,
      noTies: 'no ties', ties: (n: string, list: string) => `${n} ${n === '1' ? 'tie' : 'ties'}: ${list}`, tie: (rank: string, names: string, total: string) => `${rank} ${names} (${total})`,
      more: (n: string) => `and ${n} more`, moreNames: (n: string) => `and ${n} more`,
      noTotal: (n: string) => `${n} ${n === '1' ? 'unit has' : 'units have'} no total and ${n === '1' ? 'is' : 'are'} listed last`,
      ruled: (names: string) => `grade set by a rule: ${names}`,
      highlight: (name: string, rank: string, change: string) => `${name} highlighted: ${rank}${change ? `, ${change}` : ''}`,
      highlightNoTotal: (name: string) => `${name} highlighted: no total`,
      missing: (id: string) => `unit “${id}” is not in this ranking`,
      change: (kind: 'up' | 'down' | 'same' | 'new', words: string, previous: string) => (kind === 'new' ? `not ranked in ${previous}` : `${words} since ${previous}`),
    },
  },
} as const;
