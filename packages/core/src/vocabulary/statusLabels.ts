import type { IndicatorProgressStatus } from './indicatorProgressStatus.schema.js';
import type { MeasureStatus } from './measureStatus.schema.js';
import type { LocalizedLabel } from './lang.js';

/**
 * Any status of the two vocabularies: indicator progress and measure (task) status. `onTrack`
 * belongs to both and means the same in each.
 *
 * @category Model
 * @example
 * const s: Status = 'overdue';
 * statusLabels[s] //=> { zh: '已逾期', en: 'Overdue' }
 */
export type Status = IndicatorProgressStatus | MeasureStatus;

/**
 * The zh-CN and en label of every status, defined once and reused by the CLI and the widgets.
 *
 * @category Model
 * @example
 * statusLabels.overdue.zh //=> '已逾期'
 */
export const statusLabels: Readonly<Record<Status, LocalizedLabel>> = {
  achieved: { zh: '已达成', en: 'Achieved' },
  onTrack: { zh: '进展顺利', en: 'On track' },
  moderate: { zh: '进展一般', en: 'Moderate progress' },
  limited: { zh: '进展有限', en: 'Limited progress' },
  deteriorating: { zh: '出现倒退', en: 'Deteriorating' },
  noData: { zh: '暂无数据', en: 'No data' },
  noTarget: { zh: '未设目标', en: 'No target' },
  notStarted: { zh: '未启动', en: 'Not started' },
  atRisk: { zh: '存在风险', en: 'At risk' },
  lagging: { zh: '进度滞后', en: 'Lagging' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  done: { zh: '已完成', en: 'Done' },
};

/**
 * Tells whether a string is one of the known statuses.
 *
 * @category Model
 * @param value - Any string, e.g. an HTML attribute.
 * @returns `true` when `value` is a {@link Status}.
 * @example
 * isStatus('lagging') //=> true
 * isStatus('late') //=> false
 */
export function isStatus(value: string): value is Status {
  return Object.hasOwn(statusLabels, value);
}
