import { isPresent } from '../_lib/present.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';

/**
 * The result of {@link aggregateCopeland}.
 *
 * @category Scoring
 * @example
 * aggregateCopeland([[1, 3, 2], [2, 2, 3], [3, 1, 1], [4, 5, 4]])
 * //=> { scores: [-1, 1, -3, 3], outranking: [[0, 0.333…, 0.666…, 0], …, [1, 1, 1, 0]] }
 */
export interface CopelandResult {
  /** Per unit: wins minus losses over all other units. */
  scores: number[];
  /** `outranking[j][k]`: the weighted share of indicators on which unit j beats unit k (ties count ½). */
  outranking: number[][];
}

/**
 * Copeland's non-compensatory aggregation (JRC/OECD Handbook §6.3; COINr `a_copeland`): for each
 * pair of units, the weighted share of indicators where one beats the other (ties ½, indicators
 * missing for either unit skipped); a unit's score is the number of units it outranks (share > ½)
 * minus the number that outrank it. Higher indicator values are better: negate lower-is-better ones.
 *
 * @category Scoring
 * @param rows - One row per unit, one column per indicator; `null` for missing.
 * @param weights - Indicator weights (default 1).
 * @returns Scores and the outranking matrix.
 * @example
 * aggregateCopeland([[1, 3, 2], [2, 2, 3], [3, 1, 1], [4, 5, 4]]).scores //=> [-1, 1, -3, 3]
 */
export function aggregateCopeland(
  rows: ReadonlyArray<ReadonlyArray<number | null>>,
  weights?: ReadonlyArray<number>,
): CopelandResult {
  const n = rows.length;
  const outranking = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < n; k++) {
      if (j === k) continue;
      const wins: number[] = [];
      const used: number[] = [];
      rows[j]!.forEach((x, i) => {
        const y = rows[k]![i];
        const w = weights ? (weights[i] ?? 0) : 1;
        if (!isPresent(x) || !isPresent(y) || !(w > 0)) return;
        used.push(w);
        wins.push(x > y ? w : x === y ? w / 2 : 0);
      });
      const total = compensatedSum(used);
      outranking[j]![k] = total > 0 ? compensatedSum(wins) / total : 0.5;
    }
  }
  const scores = outranking.map((row, j) => row.reduce((s, v, k) => (k === j ? s : s + Math.sign(v - 0.5)), 0));
  return { scores, outranking };
}
