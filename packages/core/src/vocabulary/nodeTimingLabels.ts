import type { NodeTiming } from './nodeTiming.schema.js';
import type { LocalizedLabel } from './lang.js';

/**
 * The zh-CN and en label of every node timing, defined once for the report, the CLI and the widgets.
 *
 * @category Model
 * @example
 * nodeTimingLabels.late.zh //=> '逾期完成'
 */
export const nodeTimingLabels: Readonly<Record<NodeTiming, LocalizedLabel>> = {
  onTime: { zh: '按期完成', en: 'Completed on time' },
  late: { zh: '逾期完成', en: 'Completed late' },
  overdue: { zh: '逾期未完成', en: 'Overdue, not completed' },
  pending: { zh: '未到期', en: 'Not yet due' },
};
