import type { AggregationMethod } from '../../model/aggregation.schema.js';
import { aggregateChildren } from './aggregateChildren.js';
import { weightedMeanInto } from '../_lib/weightedMeanInto.js';

/** An aggregate over scratch buffers: the score (`NaN` for none) and whether points can be attributed. */
export interface AggregatedInto {
  score: number;
  additive: boolean;
}

/**
 * {@link aggregateChildren} over typed scratch buffers, for the per-unit loop of a large run: the
 * first `k` entries of `xs` (scores, `NaN` for missing) and `ws` (weights) in, each child's weight
 * used written to `used` (`NaN` for missing children). The weighted mean and sum are computed in
 * place by `weightedMeanInto`, which `aggregateChildren` uses too, so both paths give the same
 * bits; the other aggregations go through `aggregateChildren`.
 */
export function aggregateInto(method: AggregationMethod, xs: Float64Array, ws: Float64Array, k: number, used: Float64Array): AggregatedInto {
  if (method.method !== 'weightedMean' && method.method !== 'weightedSum') return viaChildren(method, xs, ws, k, used);
  return { score: weightedMeanInto(method.method === 'weightedMean', xs, ws, k, used), additive: true };
}

function viaChildren(method: AggregationMethod, xs: Float64Array, ws: Float64Array, k: number, used: Float64Array): AggregatedInto {
  const scores = Array.from(xs.subarray(0, k), (x) => (x !== x ? null : x));
  const agg = aggregateChildren(scores, Array.from(ws.subarray(0, k)), method);
  for (let c = 0; c < k; c++) used[c] = agg.weightUsed[c] ?? Number.NaN;
  return { score: agg.score ?? Number.NaN, additive: agg.additive };
}
