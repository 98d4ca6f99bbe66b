// Test fixture: a scoring plan built directly, for the tests of the row pass and its helpers.
import type { Indicator } from '../../model/indicator.schema.js';
import type { MissingPolicy } from '../../model/missingPolicy.schema.js';
import type { AggregationMethod } from '../../model/aggregation.schema.js';
import type { Plan, PlanArea } from './compilePlan.js';

/** A plan of top-level areas, each with its aggregation, minimum and indicators (method, policy, weight). */
export function planOf(
  areas: ReadonlyArray<{
    aggregation: AggregationMethod;
    minIndicators?: number;
    indicators: ReadonlyArray<{
      method: Indicator['scoring']['method'];
      polarity?: 'higher' | 'lower';
      missing?: MissingPolicy;
      weight?: number;
    }>;
  }>,
): Plan {
  const indicators: Indicator[] = [];
  const indicatorMissing: MissingPolicy[] = [];
  const indicatorDirection: Array<1 | -1> = [];
  const indicatorArea: number[] = [];
  const planAreas: PlanArea[] = areas.map((a, k) => ({
    id: `a${k}`,
    parent: null,
    aggregation: a.aggregation,
    missing: { policy: 'exclude' },
    minIndicators: a.minIndicators ?? null,
    weight: 1,
    children: a.indicators.map((ind) => {
      const index = indicators.length;
      indicators.push({ id: `i${index}`, area: `a${k}`, scoring: { method: ind.method } } as unknown as Indicator);
      indicatorMissing.push(ind.missing ?? { policy: 'exclude' });
      indicatorDirection.push(ind.polarity === 'lower' ? -1 : 1);
      indicatorArea.push(k);
      return { kind: 'indicator' as const, index, weight: ind.weight ?? 1 };
    }),
  }));
  return {
    indicators,
    indicatorDirection,
    indicatorMissing,
    indicatorArea,
    areas: planAreas,
    order: planAreas.map((_, k) => k),
    roots: planAreas.map((a, k) => ({ kind: 'area' as const, index: k, weight: a.weight })),
    names: { indicator: new Map(), zone: new Map(), area: new Map() },
  };
}
