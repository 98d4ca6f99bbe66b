import * as z from 'zod/mini';
import { IndicatorProgressStatusSchema } from '../vocabulary/indicatorProgressStatus.schema.js';

/**
 * One ordered status rule (ClearPoint style): the status applies when the value compares to a
 * reference as stated. The reference is either an absolute `value` or a `share` of the target
 * (`share: 0.9` = 90 % of the target).
 *
 * @category Progress
 * @example
 * ThresholdRuleSchema.parse({ status: 'onTrack', comparator: '>=', share: 0.9 })
 */
export const ThresholdRuleSchema = z.union([
  z.strictObject({
    status: IndicatorProgressStatusSchema,
    comparator: z.enum(['>=', '>', '<=', '<', '=']),
    value: z.number(),
  }),
  z.strictObject({
    status: IndicatorProgressStatusSchema,
    comparator: z.enum(['>=', '>', '<=', '<', '=']),
    share: z.number(),
  }),
]);

/**
 * A threshold rule.
 *
 * @category Progress
 * @example
 * const met: ThresholdRule = { status: 'achieved', comparator: '<=', value: 30 }; // Meixi's 2026 PM2.5 target, µg/m³
 * const near: ThresholdRule = { status: 'onTrack', comparator: '>=', share: 0.9 }; // 90 % of the target
 */
export type ThresholdRule = z.infer<typeof ThresholdRuleSchema>;
