/**
 * How an observed value is compared with its target: at least, at most, equal, approximately.
 *
 * @category Scoring
 * @example
 * const c: Comparator = '<='; // Meixi PM2.5: at most the target
 * meetsTarget(42.8, 32, c) //=> false
 */
export type Comparator = '>=' | '<=' | '=' | '~';

/**
 * Tells whether a value meets its target. `~` (≈) accepts values within 1 % of the target
 * (absolute 0.01 when the target is 0); booleans meet a boolean target when equal.
 *
 * @category Scoring
 * @param value - The observed value; `null` never meets a target.
 * @param target - The target value.
 * @param comparator - `>=`, `<=`, `=` or `~`.
 * @returns `true` when the target is met.
 * @example
 * meetsTarget(100, 100, '>=') //=> true
 * meetsTarget(35.2, 35, '<=') //=> false
 * meetsTarget(99.5, 100, '~') //=> true
 */
export function meetsTarget(value: number | boolean | null, target: number | boolean, comparator: Comparator): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean' || typeof target === 'boolean') return value === target;
  return meetsNumericTarget(value, target, comparator);
}

/** {@link meetsTarget} for a numeric value and target. */
export function meetsNumericTarget(value: number, target: number, comparator: Comparator): boolean {
  switch (comparator) {
    case '>=':
      return value >= target;
    case '<=':
      return value <= target;
    case '=':
      return value === target;
    case '~':
      return Math.abs(value - target) <= (target === 0 ? 0.01 : Math.abs(target) * 0.01);
  }
}
