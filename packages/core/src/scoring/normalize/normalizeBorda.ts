import { normalizeRank } from './normalizeRank.js';

/**
 * Borda score: rank − 1 (ties at the minimum rank), the number of units a unit beats (COINr `n_borda`).
 *
 * @category Scoring
 * @param values - One value per unit; `null` for missing.
 * @returns Borda scores in the same positions.
 * @example
 * normalizeBorda([3, 1, 4, 1, 5]) //=> [2, 0, 3, 0, 4]
 */
export function normalizeBorda(values: ReadonlyArray<number | null>): Array<number | null> {
  return normalizeRank(values).map((r) => (r === null ? null : r - 1));
}
