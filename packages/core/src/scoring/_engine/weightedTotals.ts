import type { AreaScores } from './scoreAreas.js';
import { weightedMeanInto } from '../_lib/weightedMeanInto.js';

/**
 * The weighted mean (`mean`) or sum of each unit's top-level area scores into `scores` (`NaN` for
 * none), and each top-level area's weight used into `areas.weightUsed`, by the weighted kernel
 * (`weightedMeanInto`) unit by unit.
 */
export function weightedTotals(
  mean: boolean,
  roots: Int32Array,
  weights: Float64Array,
  areas: Pick<AreaScores, 'n' | 'score' | 'weightUsed'>,
  scores: Float64Array,
): void {
  const { n, score, weightUsed } = areas;
  const R = roots.length;
  const xs = new Float64Array(R);
  const used = new Float64Array(R);
  for (let u = 0; u < n; u++) {
    for (let r = 0; r < R; r++) xs[r] = score[roots[r]! * n + u]!;
    scores[u] = weightedMeanInto(mean, xs, weights, R, used);
    for (let r = 0; r < R; r++) weightUsed[roots[r]! * n + u] = used[r]!;
  }
}
