import type { IndicatorProgressStatus } from '../vocabulary/indicatorProgressStatus.schema.js';
import type { ThresholdRule } from './thresholdRule.schema.js';

/**
 * Options of {@link progressThresholdRules}.
 *
 * @category Progress
 * @example
 * const rules: ThresholdRule[] = [{ status: 'achieved', comparator: '<=', share: 1 }, { status: 'onTrack', comparator: '<=', share: 1.1 }];
 * progressThresholdRules(30.5, rules, { target: 30 }) //=> { status: 'onTrack', rule: 1 } (Xihu's PM2.5 in 2025, target 30)
 * progressThresholdRules(30.5, rules.slice(0, 1), { target: 30, otherwise: 'moderate' }) //=> { status: 'moderate', rule: null }
 */
export interface ProgressThresholdRulesOptions {
  /** The target, for rules given as a `share` of it. */
  target?: number;
  /** The status when no rule matches; default *limited*. */
  otherwise?: IndicatorProgressStatus;
}

/**
 * The status a rule list gives, and which rule gave it.
 *
 * @category Progress
 * @example
 * progressThresholdRules(30.5, [{ status: 'achieved', comparator: '<=', value: 30 }, { status: 'onTrack', comparator: '<=', value: 32 }]) //=> { status: 'onTrack', rule: 1 }
 * progressThresholdRules(null, [{ status: 'achieved', comparator: '<=', value: 30 }]) //=> { status: 'noData', rule: null }
 */
export interface ThresholdRulesResult {
  status: IndicatorProgressStatus;
  /** Index of the rule that matched, or `null` when none did (or the value is missing). */
  rule: number | null;
}

/**
 * Ordered first-match status rules, as performance-management tools let offices write them:
 * "achieved if actual ≥ target; on track if ≥ 90 % of target; …". Rules are data
 * ({@link ThresholdRule}); the first that matches wins. A missing value is `noData`; a rule with a
 * `share` but no target never matches.
 *
 * @category Progress
 * @param value - The actual value.
 * @param rules - The rules, in order.
 * @param options - **target**, **otherwise**.
 * @returns The status and the index of the rule that fired.
 * @example
 * progressThresholdRules(92, [{ status: 'achieved', comparator: '>=', share: 1 }, { status: 'onTrack', comparator: '>=', share: 0.9 }], { target: 100 })
 * //=> { status: 'onTrack', rule: 1 }
 */
export function progressThresholdRules(
  value: number | null,
  rules: ReadonlyArray<ThresholdRule>,
  { target, otherwise = 'limited' }: ProgressThresholdRulesOptions = {},
): ThresholdRulesResult {
  if (value === null || !Number.isFinite(value)) return { status: 'noData', rule: null };
  for (const [index, rule] of rules.entries()) {
    const reference = 'value' in rule ? rule.value : target === undefined ? undefined : rule.share * target;
    if (reference === undefined) continue;
    const hit =
      rule.comparator === '>='
        ? value >= reference
        : rule.comparator === '>'
          ? value > reference
          : rule.comparator === '<='
            ? value <= reference
            : rule.comparator === '<'
              ? value < reference
              : value === reference;
    if (hit) return { status: rule.status, rule: index };
  }
  return { status: otherwise, rule: null };
}
