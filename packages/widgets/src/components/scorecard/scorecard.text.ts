/** The scorecard's words in each language it speaks. */
export const scorecardText = {
  'zh-CN': {
    loading: '正在加载考核数据…', error: '无法显示考核结果', empty: '没有数据', unit: '考核单位', total: '总分', grade: '等次', rank: '排名',
    area: '领域 / 指标', indicator: '指标', measure: '重点任务', score: '得分', points: '分值', weight: '权重', value: '实际值', target: '目标值',
    variance: '差距（完成率）', trend: '趋势', status: '状态', responsible: '责任单位', why: '为什么？', whyTotal: '总分是怎么来的？', caption: '各领域得分',
    view: '视图', views: { areas: '按领域', indicators: '全部指标', measures: '重点任务' }, sort: '排序',
    sorts: { framework: '默认顺序', 'score-desc': '得分从高到低', 'score-asc': '得分从低到高', status: '状态从差到好' }, filter: '状态筛选', all: '全部',
    node: '当前节点 · 截止日期', overdue: '逾期天数', lead: '牵头 / 配合单位', owner: '有人管', doer: '有人干', checker: '有人问', goals: '目标进展', goal: '目标', counts: '指标状态',
    noRows: '没有符合条件的行', depth: '层级', days: (n: number) => `${n} 天`,
  },
  en: {
    loading: 'Loading the assessment…', error: 'The assessment cannot be shown', empty: 'No data', unit: 'Unit', total: 'Total', grade: 'Grade', rank: 'Rank',
    area: 'Area / indicator', indicator: 'Indicator', measure: 'Measure', score: 'Score', points: 'Points', weight: 'Weight', value: 'Actual', target: 'Target',
    variance: 'Variance (% of target)', trend: 'Trend', status: 'Status', responsible: 'Responsible', why: 'Why?', whyTotal: 'How is the total built?', caption: 'Scores by area',
    view: 'View', views: { areas: 'By area', indicators: 'All indicators', measures: 'Measures' }, sort: 'Sort',
    sorts: { framework: 'Framework order', 'score-desc': 'Score, high to low', 'score-asc': 'Score, low to high', status: 'Status, worst first' }, filter: 'Status', all: 'All',
    node: 'Current node · due', overdue: 'Days overdue', lead: 'Lead / co-operating', owner: 'Owner', doer: 'Doer', checker: 'Checker', goals: 'Progress by goal', goal: 'Goal', counts: 'Indicators',
    noRows: 'No rows match', depth: 'Depth', days: (n: number) => `${n} d`,
  },
} as const;
