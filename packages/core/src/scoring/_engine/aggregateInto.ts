import type { AggregationMethod } from '../../model/aggregation.schema.js';
import { AGGREGATE_KERNELS, type AggregateKernel, type Aggregated } from '../aggregate/aggregateKernels.js';

/**
 * Aggregates an area's or a unit's children with the method's kernel from `AGGREGATE_KERNELS`:
 * the first `k` entries of `xs` (scores, `NaN` for missing) and `ws` (weights) in, each child's
 * weight used written to `used` (`NaN` for missing children).
 */
export function aggregateInto(
  method: AggregationMethod,
  xs: ArrayLike<number>,
  ws: ArrayLike<number>,
  k: number,
  used: Float64Array,
): Aggregated {
  // The table is indexed by the method's own tag, so the entry takes this very variant.
  return (AGGREGATE_KERNELS[method.method] as AggregateKernel<AggregationMethod>)(method, xs, ws, k, used);
}
