import type { TaskLevel } from './taskLevel.schema.js';
import type { LocalizedLabel } from './lang.js';
import { nodeTimingLabels } from './nodeTimingLabels.js';
import { paceBandLabels } from './paceBandLabels.js';

/**
 * The zh-CN and en label of every task-scoring level: the node timings' and the 序时进度 bands'
 * own labels, and 未完成 for a node due in the year that is not completed.
 *
 * @category Model
 * @example
 * taskLevelLabels.notDone.zh //=> '未完成'
 * taskLevelLabels.onPace.zh //=> '按序时'
 */
export const taskLevelLabels: Readonly<Record<TaskLevel, LocalizedLabel>> = {
  onTime: nodeTimingLabels.onTime,
  late: nodeTimingLabels.late,
  notDone: { zh: '未完成', en: 'Not completed' },
  ...paceBandLabels,
};
