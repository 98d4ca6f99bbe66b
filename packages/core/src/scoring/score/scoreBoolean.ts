/**
 * Options of {@link scoreBoolean}.
 *
 * @category Scoring
 * @example
 * scoreBoolean(true, { points: 1 }) //=> 1 (Meixi's eco-park: built or not)
 */
export interface ScoreBooleanOptions {
  /** Points for `true`. */
  points: number;
}

/**
 * Yes/no indicators (a backup water source built, full coverage reached): all points for
 * `true`, none for `false`, `null` for missing.
 *
 * @category Scoring
 * @param x - The value.
 * @param options - **points**.
 * @returns The points earned.
 * @example
 * scoreBoolean(true, { points: 2 }) //=> 2
 * scoreBoolean(false, { points: 2 }) //=> 0
 */
export function scoreBoolean(x: boolean | null | undefined, { points }: ScoreBooleanOptions): number | null {
  return x == null ? null : x ? points : 0;
}
