/**
 * The task board's words in each language it speaks.
 *
 * @category Widgets
 * @example
 * taskBoardText.en.count('3', '14') //=> '3 of 14 measures'
 */
export const taskBoardText = {
  'zh-CN': {
    loading: '正在加载重点任务…', error: '无法显示重点任务', empty: '没有数据',
    needsBundle: '考核结果中没有重点任务：请提供数据包 { framework, observations, reports }',
    title: '重点任务', asOf: (date: string) => `截至 ${date}`, wholeCity: (name: string) => `全市（${name}）`,
    filters: '筛选', unit: '责任单位', status: '状态', owner: '有人管', groupBy: '分组', all: '全部',
    groupings: { status: '按状态', owner: '按有人管' },
    count: (shown: string, total: string) => `显示 ${shown} 项，共 ${total} 项重点任务`,
    cardsIn: (n: string) => `${n} 项`, none: '没有符合条件的任务', noOwner: '未明确有人管',
    measure: '重点任务', doer: '有人干', checker: '有人问', lead: '牵头单位', cooperating: '配合单位',
    node: '下一时间节点', due: '截止日期', overdue: '逾期天数', escalation: '问责层级', rule: '触发规则',
    allNodesDone: '全部节点已完成', noEscalation: '无', days: (n: string) => `${n} 天`,
    table: '表格', caption: (scope: string, date: string) => `重点任务 · ${scope} · 截至 ${date}`,
    summary: (parts: string, escalations: string) => `${parts}；${escalations}`,
    escalations: (n: string) => `${n} 项触发问责层级`, statusCount: (label: string, n: string) => `${label} ${n} 项`, listSep: '、', partSep: '，',
    actions: { reminder: '提醒', warning: '预警', interview: '约谈', accountability: '问责' },
    selectHint: '选择此任务',
  },
  en: {
    loading: 'Loading the measures…', error: 'The measures cannot be shown', empty: 'No data',
    needsBundle: 'an assessment has no measures: give a bundle { framework, observations, reports }',
    title: 'Measures', asOf: (date: string) => `as of ${date}`, wholeCity: (name: string) => `Whole city (${name})`,
    filters: 'Filters', unit: 'Unit', status: 'Status', owner: 'Owner', groupBy: 'Group by', all: 'All',
    groupings: { status: 'Status', owner: 'Owner' },
    count: (shown: string, total: string) => `${shown} of ${total} measures`,
    cardsIn: (n: string) => `(${n})`, none: 'No measures match', noOwner: 'No owner named',
    measure: 'Measure', doer: 'Doer', checker: 'Checker', lead: 'Lead unit', cooperating: 'Co-operating units',
    node: 'Next time node', due: 'Due', overdue: 'Days overdue', escalation: 'Escalation', rule: 'Rule that fired',
    allNodesDone: 'All time nodes done', noEscalation: 'None', days: (n: string) => `${n} days`,
    table: 'Table', caption: (scope: string, date: string) => `Measures · ${scope} · as of ${date}`,
    summary: (parts: string, escalations: string) => `${parts}; ${escalations}`,
    escalations: (n: string) => `${n} escalated`, statusCount: (label: string, n: string) => `${label}: ${n}`, listSep: ', ', partSep: ', ',
    actions: { reminder: 'Reminder', warning: 'Warning', interview: 'Interview', accountability: 'Accountability' },
    selectHint: 'Select this measure',
  },
} as const;
