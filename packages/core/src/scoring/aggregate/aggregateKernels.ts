import type { AggregationMethod } from '../../model/aggregation.schema.js';
import { aggregateGeometricMean } from './aggregateGeometricMean.js';
import { aggregateHarmonicMean } from './aggregateHarmonicMean.js';
import { aggregateGeneralizedMean } from './aggregateGeneralizedMean.js';
import { SMALLEST_SAFE_SUM, weightedMeanInto } from '../_lib/weightedMeanInto.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { binaryScale } from '../_lib/binaryExponent.js';

/**
 * An aggregate over typed buffers: the score (`NaN` for none) and whether the children's scores
 * times their weights used add up to it (so points can be attributed to them).
 *
 * @example
 * const agg: Aggregated = { score: 72.5, additive: true };
 */
export interface Aggregated {
  score: number;
  additive: boolean;
}

/**
 * An aggregation kernel: the first `k` entries of `xs` (children's 0–100 scores, `NaN` for
 * missing) and `ws` (their declared weights) in; each child's weight used written to `used` (`NaN`
 * for a missing child).
 *
 * @example
 * const mean: AggregateKernel<{ method: 'weightedMean' }> = (_, xs, ws, k, used) => ({ score: weightedMeanInto(true, xs, ws, k, used), additive: true });
 */
export type AggregateKernel<M extends AggregationMethod> = (
  method: M,
  xs: ArrayLike<number>,
  ws: ArrayLike<number>,
  k: number,
  used: Float64Array,
) => Aggregated;

/** One kernel per aggregation method: a method without one is a compile error. */
type Kernels = { [K in AggregationMethod['method']]: AggregateKernel<Extract<AggregationMethod, { method: K }>> };

/**
 * The aggregation kernels, one per method. Missing children are dropped and the other weights
 * renormalised for the means; `weightedSum` keeps every declared weight, so a missing child
 * contributes 0 (points not earned). The weighted mean and sum are `weightedMeanInto`, which
 * `aggregateWeightedMean` and the assessment's row pass and totals use too; the other means are
 * their public functions (`aggregateGeometricMean`, …), so every path gives the same bits.
 *
 * @example
 * AGGREGATE_KERNELS.weightedMean({ method: 'weightedMean' }, [80, NaN, 60], [1, 5, 3], 3, used) //=> { score: 65, additive: true }
 */
export const AGGREGATE_KERNELS = {
  weightedSum: (_, xs, ws, k, used) => ({ score: weightedMeanInto(false, xs, ws, k, used), additive: true }),
  weightedMean: (_, xs, ws, k, used) => ({ score: weightedMeanInto(true, xs, ws, k, used), additive: true }),
  geometricMean: (_, xs, ws, k, used) => viaValues(xs, ws, k, used, false, aggregateGeometricMean),
  harmonicMean: (_, xs, ws, k, used) => viaValues(xs, ws, k, used, false, aggregateHarmonicMean),
  generalizedMean: (method, xs, ws, k, used) =>
    viaValues(xs, ws, k, used, method.p === 1, (values, weights) =>
      aggregateGeneralizedMean(values, weights, method.p),
    ),
} satisfies Kernels;

/** A non-additive mean by its public function over the values, with the present weights renormalised as the weights used. */
function viaValues(
  xs: ArrayLike<number>,
  ws: ArrayLike<number>,
  k: number,
  used: Float64Array,
  additive: boolean,
  mean: (values: ReadonlyArray<number | null>, weights: ReadonlyArray<number>) => number | null,
): Aggregated {
  const values = Array.from({ length: k }, (_, c) => (xs[c]! !== xs[c]! ? null : xs[c]!));
  const weights = Array.from({ length: k }, (_, c) => ws[c]!);
  if (!renormalized(values, weights, used)) return { score: Number.NaN, additive: true };
  return { score: mean(values, weights) ?? Number.NaN, additive };
}

/**
 * Each present child's weight over the present children's total into `used` (`NaN` for missing
 * children); false, with every entry `NaN`, when no present weight is positive. Weights whose
 * total overflows or is tiny are first divided by a power of two at the largest (exact: the same
 * bits where nothing overflows).
 */
function renormalized(
  scores: ReadonlyArray<number | null>,
  weights: ReadonlyArray<number>,
  used: Float64Array,
): boolean {
  const present = weights.filter((_, c) => scores[c] !== null);
  used.fill(Number.NaN, 0, scores.length);
  if (!present.some((w) => w > 0)) return false;
  let total = compensatedSum(present);
  let scale = 1;
  if (!(total >= SMALLEST_SAFE_SUM && total <= Number.MAX_VALUE)) {
    scale = binaryScale(present.reduce((a, b) => Math.max(a, b)));
    total = compensatedSum(present.map((w) => w / scale));
  }
  for (let c = 0; c < scores.length; c++) if (scores[c] !== null) used[c] = weights[c]! / scale / total;
  return true;
}
