import type { ScoringMethod } from '../model/method.schema.js';
import type { LocalizedLabel } from './lang.js';

/**
 * The zh-CN and en name of every scoring method, defined once for the CLI, the explanations and
 * the widgets. Typed by the method union, so a new method without a name does not compile.
 *
 * @category Model
 * @example
 * methodLabels.efficacy //=> { zh: '功效系数法', en: 'efficacy coefficient' }
 */
export const methodLabels: Readonly<Record<ScoringMethod['method'], LocalizedLabel>> = {
  goalposts: { zh: '目标值法', en: 'goalposts' },
  minMax: { zh: '极差标准化', en: 'min–max' },
  distanceToTarget: { zh: '目标距离法', en: 'distance to target' },
  efficacy: { zh: '功效系数法', en: 'efficacy coefficient' },
  zScore: { zh: 'Z 分数', en: 'z-score' },
  rank: { zh: '排序', en: 'rank' },
  percentRank: { zh: '百分位排序', en: 'percent rank' },
  borda: { zh: 'Borda 计数', en: 'Borda count' },
  bands: { zh: '分档计分', en: 'bands' },
  boolean: { zh: '是否计分', en: 'yes/no' },
  deduction: { zh: '扣分法', en: 'deduction' },
  allOrNothing: { zh: '达标得分（完成得满分，未完成不得分）', en: 'all or nothing against the unit’s target' },
  completionRatio: { zh: '按完成比例', en: 'completion ratio' },
  value: { zh: '原值', en: 'as given' },
};
