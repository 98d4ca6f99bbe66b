import { isPresent } from '../_lib/present.js';

/**
 * COINr's `log_CT` transform for strongly skewed indicators: `ln(x − min + 0.01·(max − min))`,
 * so the minimum maps to a finite value. Missing values stay missing; with no spread every
 * present value gives `null` (the transform is undefined).
 *
 * @category Scoring
 * @param values - Values; `null` for missing.
 * @returns The transformed values.
 * @example
 * treatLogCT([1, 2, 3, 100]) //=> [-0.01005…, 0.68813…, 1.09527…, 4.60507…]
 */
export function treatLogCT(values: ReadonlyArray<number | null>): Array<number | null> {
  const xs = values.filter(isPresent);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const shift = 0.01 * (max - min);
  return values.map((v) => (isPresent(v) && max > min ? Math.log(v - min + shift) : null));
}
