import type { AggregationMethod } from '../../model/aggregation.schema.js';
import { aggregateGeometricMean } from '../aggregate/aggregateGeometricMean.js';
import { aggregateHarmonicMean } from '../aggregate/aggregateHarmonicMean.js';
import { aggregateGeneralizedMean } from '../aggregate/aggregateGeneralizedMean.js';
import { SMALLEST_SAFE_SUM, weightedMeanInto } from '../_lib/weightedMeanInto.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { binaryScale } from '../_lib/binaryExponent.js';

/** An area's aggregate and the weight each child ended up with. */
export interface Aggregated {
  score: number | null;
  /** Per child: its share after renormalisation among present children; `null` for missing children. */
  weightUsed: Array<number | null>;
  /** Whether child scores times `weightUsed` add up to `score` (so points can be attributed). */
  additive: boolean;
}

/**
 * Aggregates children's 0–100 scores with their weights. Missing children are dropped and the
 * other weights renormalised for the means; `weightedSum` keeps every declared weight, so a
 * missing child contributes 0 (points not earned).
 */
export function aggregateChildren(
  scores: ReadonlyArray<number | null>,
  weights: ReadonlyArray<number>,
  method: AggregationMethod,
): Aggregated {
  const k = scores.length;
  const missing = { score: null, weightUsed: scores.map(() => null), additive: true };
  if (method.method === 'weightedMean' || method.method === 'weightedSum') {
    // The assessment's kernel itself, so both give the same bits (also where sums overflow).
    const xs = new Float64Array(k);
    for (let c = 0; c < k; c++) xs[c] = scores[c] ?? Number.NaN;
    const used = new Float64Array(k);
    const score = weightedMeanInto(method.method === 'weightedMean', xs, weights, k, used);
    if (score !== score) return missing;
    return { score, weightUsed: Array.from(used, (w) => (w !== w ? null : w)), additive: true };
  }
  const weightUsed = renormalized(scores, weights);
  if (weightUsed === null) return missing;
  switch (method.method) {
    case 'geometricMean':
      return { score: aggregateGeometricMean(scores, weights), weightUsed, additive: false };
    case 'harmonicMean':
      return { score: aggregateHarmonicMean(scores, weights), weightUsed, additive: false };
    case 'generalizedMean':
      return { score: aggregateGeneralizedMean(scores, weights, method.p), weightUsed, additive: method.p === 1 };
  }
}

/**
 * Each present child's weight over the present children's total (`null` for missing children), or
 * `null` when no present weight is positive. Weights whose total overflows or is tiny are first
 * divided by a power of two at the largest (exact: the same bits where nothing overflows).
 */
function renormalized(scores: ReadonlyArray<number | null>, weights: ReadonlyArray<number>): Array<number | null> | null {
  const present = weights.filter((_, c) => scores[c] !== null);
  if (!present.some((w) => w > 0)) return null;
  let total = compensatedSum(present);
  let scale = 1;
  if (!(total >= SMALLEST_SAFE_SUM && total <= Number.MAX_VALUE)) {
    scale = binaryScale(present.reduce((a, b) => Math.max(a, b)));
    total = compensatedSum(present.map((w) => w / scale));
  }
  return scores.map((s, c) => (s === null ? null : weights[c]! / scale / total));
}
