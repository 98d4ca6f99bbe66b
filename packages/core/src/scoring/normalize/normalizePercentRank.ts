import { normalizeRank } from './normalizeRank.js';

/**
 * Percentile rank: `(rank − 1)/(n − 1)` with ties at the minimum rank and `n` the number of
 * present values (COINr `n_prank`), on 0–1. A single present value gets 1.
 *
 * @category Scoring
 * @param values - One value per unit; `null` for missing.
 * @returns Percentile ranks on 0–1.
 * @example
 * normalizePercentRank([3, 1, 4, 1, 5]) //=> [0.5, 0, 0.75, 0, 1]
 */
export function normalizePercentRank(values: ReadonlyArray<number | null>): Array<number | null> {
  const ranks = normalizeRank(values);
  const n = ranks.filter((r) => r !== null).length;
  return ranks.map((r) => (r === null ? null : n > 1 ? (r - 1) / (n - 1) : 1));
}
