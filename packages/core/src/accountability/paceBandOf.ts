import type { AssessmentScheme } from '../model/assessmentScheme.schema.js';
import type { PaceBand } from '../vocabulary/paceBand.schema.js';

/**
 * A task's 序时进度 band from its pace (reported ÷ expected progress, {@link MeasureStatusResult}'s
 * `pace`): at least `ahead` is 超序时, at least `onPace` 按序时, else 滞后序时. Edges are inclusive.
 *
 * @category Accountability
 * @param pace - Reported ÷ expected progress.
 * @param bands - The scheme's `paceBands`.
 * @returns The band.
 * @example
 * paceBandOf(0.79, { ahead: 1.1, onPace: 0.9 }) //=> 'behind'
 * paceBandOf(1, { ahead: 1.1, onPace: 0.9 }) //=> 'onPace'
 */
export function paceBandOf(pace: number, bands: NonNullable<AssessmentScheme['paceBands']>): PaceBand {
  return pace >= bands.ahead ? 'ahead' : pace >= bands.onPace ? 'onPace' : 'behind';
}
