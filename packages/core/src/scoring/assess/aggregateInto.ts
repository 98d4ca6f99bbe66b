import type { AggregationMethod } from '../aggregation.schema.js';
import { aggregateChildren } from './aggregateChildren.js';

/** An aggregate over scratch buffers: the score (`NaN` for none) and whether points can be attributed. */
export interface AggregatedInto {
  score: number;
  additive: boolean;
}

/**
 * {@link aggregateChildren} over typed scratch buffers, for the per-unit loop of a large run: the
 * first `k` entries of `xs` (scores, `NaN` for missing) and `ws` (weights) in, each child's weight
 * used written to `used` (`NaN` for missing children). The weighted mean and sum are computed in
 * place with the same compensated sums in the same order as `aggregateChildren`, so both paths give
 * the same bits; the other aggregations go through it.
 */
export function aggregateInto(method: AggregationMethod, xs: Float64Array, ws: Float64Array, k: number, used: Float64Array): AggregatedInto {
  if (method.method !== 'weightedMean' && method.method !== 'weightedSum') return viaChildren(method, xs, ws, k, used);
  return { score: aggregateWeightedInto(method.method === 'weightedMean', xs, ws, k, used), additive: true };
}

/** The weighted mean (`mean`) or weighted sum of {@link aggregateInto}: the score, `NaN` for none; always additive. */
export function aggregateWeightedInto(mean: boolean, xs: Float64Array, ws: Float64Array, k: number, used: Float64Array): number {
  // Neumaier-compensated running sums, as compensatedSum() does over an array.
  let present = 0;
  let presentC = 0;
  let all = 0;
  let allC = 0;
  for (let c = 0; c < k; c++) {
    const w = ws[c]!;
    if (xs[c] === xs[c]) {
      const t = present + w;
      presentC += Math.abs(present) >= Math.abs(w) ? present - t + w : w - t + present;
      present = t;
    }
    const t = all + w;
    allC += Math.abs(all) >= Math.abs(w) ? all - t + w : w - t + all;
    all = t;
  }
  const presentWeight = present + presentC;
  const allWeight = all + allC;
  if (!(presentWeight > 0)) {
    used.fill(Number.NaN, 0, k);
    return Number.NaN;
  }
  let sum = 0;
  let sumC = 0;
  for (let c = 0; c < k; c++) {
    const x = xs[c]!;
    const w = ws[c]!;
    let term: number;
    if (x !== x) {
      used[c] = Number.NaN;
      if (mean) continue;
      term = 0;
    } else {
      used[c] = w / (mean ? presentWeight : allWeight);
      // The weighted mean skips zero weights (presentPairs does); adding 0 would change nothing but the sign of a zero.
      if (mean && w === 0) continue;
      term = x * w;
    }
    const t = sum + term;
    sumC += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return (sum + sumC) / (mean ? presentWeight : allWeight);
}

function viaChildren(method: AggregationMethod, xs: Float64Array, ws: Float64Array, k: number, used: Float64Array): AggregatedInto {
  const scores = Array.from(xs.subarray(0, k), (x) => (x !== x ? null : x));
  const agg = aggregateChildren(scores, Array.from(ws.subarray(0, k)), method);
  for (let c = 0; c < k; c++) used[c] = agg.weightUsed[c] ?? Number.NaN;
  return { score: agg.score ?? Number.NaN, additive: agg.additive };
}
