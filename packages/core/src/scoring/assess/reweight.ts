import type { Framework } from '../../model/framework.schema.js';

/**
 * A what-if: the same framework with some area or indicator weights replaced, as a citizen's
 * own weighting (OECD Better Life Index style) or an analyst's sensitivity run. Pure: the input
 * is not changed, and ids not in `weights` keep their weights. Re-run `assess` on the result.
 *
 * @category Scoring
 * @param framework - A valid framework.
 * @param weights - Area or indicator id → new weight (≥ 0; 0 leaves the item out).
 * @returns A new framework.
 * @example
 * const mine = reweight(framework, { space: 5, environment: 3, industry: 1 });
 * assess(mine, observations, { period: '2025' }).results[0]!.rank //=> 3
 */
export function reweight(framework: Framework, weights: Readonly<Record<string, number>>): Framework {
  const has = (id: string): boolean => Object.hasOwn(weights, id);
  return {
    ...framework,
    areas: framework.areas.map((a) => (has(a.id) ? { ...a, weight: weights[a.id]!, points: undefined } : a)),
    indicators: framework.indicators.map((i) => (has(i.id) ? { ...i, weight: weights[i.id]!, points: undefined } : i)),
    scheme: { ...framework.scheme, weightsSumTo: undefined },
  };
}
