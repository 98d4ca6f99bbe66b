/**
 * Ranks scores from highest to lowest with competition ranking ("1224"): tied scores share the
 * best rank, and the next score skips the places they take. Missing scores get no rank. The
 * result does not depend on the order of the input beyond the positions it is returned in.
 *
 * @category Scoring
 * @param scores - One score per unit; `null` for a unit without a total.
 * @returns The rank of each score, in the same positions (`null` for missing scores).
 * @example
 * rankCompetition([86.4, 91.2, 86.4, null, 70]) //=> [2, 1, 2, null, 4]
 */
export function rankCompetition(scores: ReadonlyArray<number | null>): Array<number | null> {
  const n = scores.length;
  const value = new Float64Array(n);
  const order = new Int32Array(n);
  let ranked = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s === null || s === undefined || !Number.isFinite(s)) continue;
    value[i] = s;
    order[ranked++] = i;
  }
  // Ties need no stable order: tied units get the same rank whatever their order.
  const sorted = order.subarray(0, ranked).sort((a, b) => value[b]! - value[a]!);
  const ranks = new Array<number | null>(n).fill(null);
  for (let k = 0; k < ranked; k++) {
    const index = sorted[k]!;
    ranks[index] = k > 0 && value[sorted[k - 1]!] === value[index] ? ranks[sorted[k - 1]!]! : k + 1;
  }
  return ranks;
}
