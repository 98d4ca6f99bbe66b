import * as z from 'zod/mini';

/**
 * Progress of an indicator towards its target, from best to worst, plus `noData`. Maps onto
 * Open SDG's five statuses and the SDSN trend arrows.
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
]);

/**
 * One of `achieved | onTrack | moderate | limited | deteriorating | noData`.
 *
 * @category Model
 * @example
 * indicatorResults(assess(framework, observations, { period: '2025' }), 'gangkou').find((r) => r.indicator === 'pm25')?.status
 * //=> 'deteriorating'
 */
export type IndicatorProgressStatus = z.infer<typeof IndicatorProgressStatusSchema>;
