import type { LocalizedLabel } from './lang.js';

/**
 * The zh-CN and en name of each accountability action of the escalation ladder and of the rules
 * that call for one (`rankBottom`, `consecutiveGrade`), mildest first: 提醒, 预警, 约谈, 问责.
 * Defined once for explanations, reports and widgets.
 *
 * @category Model
 * @example
 * escalationActionLabels.interview //=> { zh: '约谈', en: 'Interview' }
 */
export const escalationActionLabels: Readonly<
  Record<'reminder' | 'warning' | 'interview' | 'accountability', LocalizedLabel>
> = {
  reminder: { zh: '提醒', en: 'Reminder' },
  warning: { zh: '预警', en: 'Warning' },
  interview: { zh: '约谈', en: 'Interview' },
  accountability: { zh: '问责', en: 'Accountability' },
};
