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
  const order = scores
    .map((s, i) => [s, i] as const)
    .filter((e): e is readonly [number, number] => e[0] !== null && Number.isFinite(e[0]))
    .sort((a, b) => b[0] - a[0]);
  const ranks: Array<number | null> = scores.map(() => null);
  for (let k = 0; k < order.length; k++) {
    const [score, index] = order[k]!;
    const previous = order[k - 1];
    ranks[index] = previous && previous[0] === score ? ranks[previous[1]]! : k + 1;
  }
  return ranks;
}
