import * as z from 'zod/mini';

/**
 * Progress of an indicator towards its target, from best to worst, plus `noData` (no value) and
 * `noTarget` (a value, but the indicator sets no target to judge it against: it is scored relative
 * to the other units). Maps onto Open SDG's five statuses and the SDSN trend arrows.
 *
 * @category Model
 * @example
 * IndicatorProgressStatusSchema.parse('onTrack') //=> 'onTrack'
 */
export const IndicatorProgressStatusSchema = z.enum([
  'achieved',
  'onTrack',
  'moderate',
  'limited',
  'deteriorating',
  'noData',
  'noTarget',
]);

/**
 * One of `achieved | onTrack | moderate | limited | deteriorating | noData | noTarget`.
 *
 * @category Model
 * @example
 * indicatorResults(assess(framework, observations, { period: '2025' }), 'gangkou').find((r) => r.indicator === 'pm25')?.status
 * //=> 'deteriorating'
 */
export type IndicatorProgressStatus = z.infer<typeof IndicatorProgressStatusSchema>;
