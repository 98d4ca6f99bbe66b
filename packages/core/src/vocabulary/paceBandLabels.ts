import type { PaceBand } from './paceBand.schema.js';
import type { LocalizedLabel } from './lang.js';

/**
 * The zh-CN and en label of every 序时进度 band, defined once for the report, the CLI and the widgets.
 *
 * @category Model
 * @example
 * paceBandLabels.behind.zh //=> '滞后序时'
 */
export const paceBandLabels: Readonly<Record<PaceBand, LocalizedLabel>> = {
  ahead: { zh: '超序时', en: 'Ahead of schedule' },
  onPace: { zh: '按序时', en: 'On schedule' },
  behind: { zh: '滞后序时', en: 'Behind schedule' },
};
