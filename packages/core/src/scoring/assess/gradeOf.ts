/**
 * The part of a grade band that decides membership: its lower edge and whether the edge belongs to it.
 *
 * @category Scoring
 * @example
 * const excellent: GradeEdge = { id: 'excellent', min: 90, inclusive: true }; // Meixi's 优秀 band
 * gradeOf(90, [excellent, { id: 'good', min: 80, inclusive: true }]) //=> 'excellent'
 */
export interface GradeEdge {
  id: string;
  /** Lowest score of the band. */
  min: number;
  /** `true`: a score equal to `min` is in the band (≥); `false`: it is not (>). */
  inclusive: boolean;
}

/**
 * Finds the grade of a score: the band with the highest lower edge that the score reaches.
 * Edges are declared, never implied: with 优秀 `{ min: 90, inclusive: true }` a total of exactly
 * 90 is 优秀, and 89.99 is not. A score below every edge gets the lowest band.
 *
 * @category Scoring
 * @param score - The (already rounded) total.
 * @param grades - The scheme's grade bands, in any order.
 * @returns The grade id, or `null` for a missing score or an empty band list.
 * @example
 * const bands = [
 *   { id: 'excellent', min: 90, inclusive: true }, { id: 'good', min: 80, inclusive: true },
 *   { id: 'pass', min: 60, inclusive: true }, { id: 'fail', min: 0, inclusive: true },
 * ];
 * gradeOf(90, bands) //=> 'excellent'
 * gradeOf(79.9, bands) //=> 'pass'
 */
export function gradeOf(score: number | null, grades: ReadonlyArray<GradeEdge>): string | null {
  if (score === null || !Number.isFinite(score) || grades.length === 0) return null;
  let best: GradeEdge | undefined;
  let lowest: GradeEdge | undefined;
  for (const g of grades) {
    if (!lowest || g.min < lowest.min) lowest = g;
    const reached = g.inclusive ? score >= g.min : score > g.min;
    if (reached && (!best || g.min > best.min)) best = g;
  }
  return (best ?? lowest)!.id;
}
