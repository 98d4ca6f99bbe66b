import type { AggregationMethod } from '../aggregation.schema.js';
import { aggregateWeightedMean } from '../aggregate/aggregateWeightedMean.js';
import { aggregateGeometricMean } from '../aggregate/aggregateGeometricMean.js';
import { aggregateHarmonicMean } from '../aggregate/aggregateHarmonicMean.js';
import { aggregateGeneralizedMean } from '../aggregate/aggregateGeneralizedMean.js';
import { compensatedSum } from '../_lib/compensatedSum.js';

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
  const presentWeight = compensatedSum(weights.filter((_, k) => scores[k] !== null));
  const allWeight = compensatedSum(weights);
  if (presentWeight <= 0) return { score: null, weightUsed: scores.map(() => null), additive: true };
  const renormalized = scores.map((s, k) => (s === null ? null : weights[k]! / presentWeight));
  switch (method.method) {
    case 'weightedMean':
      return { score: aggregateWeightedMean(scores, weights), weightUsed: renormalized, additive: true };
    case 'weightedSum': {
      const share = scores.map((s, k) => (s === null ? null : weights[k]! / allWeight));
      const score = compensatedSum(scores.map((s, k) => (s === null ? 0 : s * weights[k]!))) / allWeight;
      return { score, weightUsed: share, additive: true };
    }
    case 'geometricMean':
      return { score: aggregateGeometricMean(scores, weights), weightUsed: renormalized, additive: false };
    case 'harmonicMean':
      return { score: aggregateHarmonicMean(scores, weights), weightUsed: renormalized, additive: false };
    case 'generalizedMean':
      return { score: aggregateGeneralizedMean(scores, weights, method.p), weightUsed: renormalized, additive: method.p === 1 };
  }
}
