/**
 * The headline's words in each language it speaks. Data texts (the city's name, grade labels, unit
 * names) come from the data; numbers are formatted with `Intl.NumberFormat` by the layout.
 *
 * @category Widgets
 * @example
 * headlineText.en.outOf('100') //=> '/ 100'
 */
export const headlineText = {
  'zh-CN': {
    loading: '正在加载考核数据…',
    error: '无法显示全市考核结果',
    empty: '没有数据',
    noUnits: '该时期没有参与考核的单位',
    title: (who: string, period: string) => `${who} · ${period}考核`,
    scoreLabel: '全市平均分',
    outOf: (max: string) => `/ ${max}`,
    basis: (n: string) => `${n} 个单位考核总分的平均值，各单位权重相同`,
    withoutTotal: (names: string) => `未计入（无总分）：${names}`,
    noScore: '无总分',
    grade: (label: string) => `等次：${label}`,
    change: {
      up: (d: string, period: string) => `较${period}上升 ${d} 分`,
      down: (d: string, period: string) => `较${period}下降 ${d} 分`,
      same: (period: string) => `与${period}持平`,
      none: '无上期数据，无法比较',
    },
    gradesCaption: (period: string) => `${period}各等次单位数`,
    gradeHead: '等次',
    countHead: '单位数',
    count: (n: string) => `${n} 个`,
    published: (date: string) => `发布日期：${date}`,
    office: (office: string) => `发布单位：${office}`,
    method: '考核办法',
    list: '、',
  },
  en: {
    loading: 'Loading the assessment…',
    error: 'The city’s result cannot be shown',
    empty: 'No data',
    noUnits: 'No unit was assessed in this period',
    title: (who: string, period: string) => `${who} · ${period} assessment`,
    scoreLabel: 'City average',
    outOf: (max: string) => `/ ${max}`,
    basis: (n: string) => `the mean of ${n} units’ totals, each unit weighted alike`,
    withoutTotal: (names: string) => `Not counted (no total): ${names}`,
    noScore: 'no total',
    grade: (label: string) => `Grade: ${label}`,
    change: {
      up: (d: string, period: string) => `up ${d} points on ${period}`,
      down: (d: string, period: string) => `down ${d} points on ${period}`,
      same: (period: string) => `unchanged since ${period}`,
      none: 'no previous period to compare with',
    },
    gradesCaption: (period: string) => `Units by grade, ${period}`,
    gradeHead: 'Grade',
    countHead: 'Units',
    count: (n: string) => n,
    published: (date: string) => `Published ${date}`,
    office: (office: string) => `By ${office}`,
    method: 'Assessment method',
    list: ', ',
  },
} as const;
