import { isPresent } from '../_lib/present.js';

/**
 * Ranks values in ascending order (the smallest is 1), ties taking the minimum rank, as R's
 * `rank(x, ties = "min")` and COINr `n_rank`. Missing values get no rank. For lower-is-better
 * indicators pass the values negated.
 *
 * @category Scoring
 * @param values - One value per unit; `null` for missing.
 * @returns Ranks in the same positions.
 * @example
 * normalizeRank([3, 1, 4, 1, 5]) //=> [3, 1, 4, 1, 5]
 */
export function normalizeRank(values: ReadonlyArray<number | null>): Array<number | null> {
  const present = values.filter(isPresent).sort((a, b) => a - b);
  return values.map((v) => {
    if (!isPresent(v)) return null;
    let lo = 0;
    let hi = present.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (present[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}
