import type { ConsequenceAction } from './consequenceAction.schema.js';
import type { LocalizedLabel } from './lang.js';

/**
 * The zh-CN and en label of every consequence action, defined once for the core, the CLI and
 * the widgets.
 *
 * @category Model
 * @example
 * consequenceLabels.listedSupervision.zh //=> '挂牌督办'
 */
export const consequenceLabels: Readonly<Record<ConsequenceAction, LocalizedLabel>> = {
  commendation: { zh: '通报表扬', en: 'Public commendation' },
  reminder: { zh: '提醒', en: 'Reminder' },
  warning: { zh: '预警', en: 'Warning' },
  criticism: { zh: '通报批评', en: 'Public criticism' },
  supervision: { zh: '督办', en: 'Supervision order' },
  listedSupervision: { zh: '挂牌督办', en: 'Listed supervision' },
  rectification: { zh: '限期整改', en: 'Rectification within a deadline' },
  interview: { zh: '约谈', en: 'Interview' },
  admonition: { zh: '诫勉谈话', en: 'Admonitory talk' },
  accountability: { zh: '问责', en: 'Accountability' },
};
