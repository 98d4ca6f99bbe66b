import * as z from 'zod/mini';

/**
 * What a scheme may propose as a consequence (奖惩、问责), mildest sanction first after the
 * commendation: 通报表扬 `commendation`, 提醒 `reminder`, 预警 `warning`, 通报批评 `criticism`,
 * 督办 `supervision`, 挂牌督办 `listedSupervision`, 限期整改 `rectification`, 约谈 `interview`,
 * 诫勉谈话 `admonition`, 问责 `accountability`. The software only ever proposes them (建议):
 * 问责 and 诫勉谈话 are decided by the discipline and organisation departments under procedure.
 *
 * @category Model
 * @example
 * ConsequenceActionSchema.parse('listedSupervision') //=> 'listedSupervision'
 */
export const ConsequenceActionSchema = z.enum([
  'commendation',
  'reminder',
  'warning',
  'criticism',
  'supervision',
  'listedSupervision',
  'rectification',
  'interview',
  'admonition',
  'accountability',
]);

/**
 * One of the consequence actions.
 *
 * @category Model
 * @example
 * const action: ConsequenceAction = 'rectification'; // 限期整改
 */
export type ConsequenceAction = z.infer<typeof ConsequenceActionSchema>;
