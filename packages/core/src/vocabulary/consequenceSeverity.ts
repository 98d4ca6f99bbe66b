import type { ConsequenceAction } from './consequenceAction.schema.js';

/**
 * How strong each consequence is, for "the strongest action the ladder calls for" and for
 * ordering a report: the commendation 0, then the sanctions from 提醒 (1) to 问责 (9), in the
 * order of {@link ConsequenceActionSchema}.
 *
 * @category Model
 * @example
 * consequenceSeverity.interview > consequenceSeverity.warning //=> true
 */
export const consequenceSeverity: Readonly<Record<ConsequenceAction, number>> = {
  commendation: 0,
  reminder: 1,
  warning: 2,
  criticism: 3,
  supervision: 4,
  listedSupervision: 5,
  rectification: 6,
  interview: 7,
  admonition: 8,
  accountability: 9,
};
