import type { AreaScores } from './scoreAreas.js';
import { SMALLEST_SAFE_SUM, weightedMeanInto } from '../_lib/weightedMeanInto.js';
import { neumaierError } from '../_lib/neumaierError.js';

/**
 * The weighted mean (`mean`) or sum of each unit's top-level area scores into `scores` (`NaN` for
 * none), and each top-level area's weight used into `areas.weightUsed`: what `weightedMeanInto`
 * gives each unit, bit for bit. A unit with every area present and sums of ordinary size (nearly
 * all) is done here, its present weight being the total weight worked out once, summed in the same
 * order; any other unit goes through `weightedMeanInto` itself.
 */
export function weightedTotals(mean: boolean, roots: Int32Array, weights: Float64Array, areas: Pick<AreaScores, 'n' | 'score' | 'weightUsed'>, scores: Float64Array): void {
  const { n, score, weightUsed } = areas;
  const R = roots.length;
  // The running and the compensated sums of the weights, as weightedMeanInto takes them.
  let run = 0;
  let c = 0;
  for (let r = 0; r < R; r++) {
    const w = weights[r]!;
    const t = run + w;
    c += neumaierError(run, w, t);
    run = t;
  }
  const allWeight = run + c;
  const share = weights.map((w) => w / allWeight);
  // The unit's top-level area scores, and the weights used for the units done by weightedMeanInto.
  const xs = new Float64Array(R);
  const used = new Float64Array(R);
  for (let u = 0; u < n; u++) {
    let sum = 0;
    let sumC = 0;
    let count = 0;
    for (let r = 0; r < R; r++) {
      const x = score[roots[r]! * n + u]!;
      const w = weights[r]!;
      xs[r] = x;
      let term: number;
      if (x === x) {
        count++;
        // The weighted mean skips zero weights (as presentPairs does).
        if (mean && w === 0) continue;
        term = x * w;
      } else {
        if (mean) continue;
        term = 0;
      }
      const t = sum + term;
      sumC += neumaierError(sum, term, t);
      sum = t;
    }
    if (count === R && run > 0) {
      const s = sum + sumC;
      const y = s / allWeight;
      if (Math.abs(s) >= SMALLEST_SAFE_SUM && allWeight >= SMALLEST_SAFE_SUM && allWeight < Number.POSITIVE_INFINITY && Math.abs(y) <= Number.MAX_VALUE) {
        for (let r = 0; r < R; r++) weightUsed[roots[r]! * n + u] = share[r]!;
        scores[u] = y;
        continue;
      }
    }
    scores[u] = weightedMeanInto(mean, xs, weights, R, used);
    for (let r = 0; r < R; r++) weightUsed[roots[r]! * n + u] = used[r]!;
  }
}
