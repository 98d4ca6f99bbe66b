import { neumaierError } from './neumaierError.js';

/**
 * Neumaier's compensated sum, taken in the order given: far less rounding error than a plain
 * loop, and the same result in every JavaScript engine. Callers fix the order (framework order,
 * unit order) so results do not depend on the order data arrived in.
 *
 * Overflow: when a partial sum overflows although every term is finite (`[1e308, 1e308, -1e308]`,
 * which a plain loop turns into NaN), the sum is taken again over the terms divided by a power of
 * two large enough that no partial sum can overflow, and multiplied back. Dividing by a power of
 * two is exact, so this is the sum an unbounded exponent would give: ±Infinity only when the sum
 * itself lies beyond ±1.8e308, and NaN only from a NaN or infinite term.
 */
export function compensatedSum(values: ReadonlyArray<number>): number {
  const sum = neumaier(values, 1);
  if (sum - sum === 0 || !values.every(Number.isFinite)) return sum;
  // n terms of at most 1.8e308 / 2n each: every partial sum stays below 1.8e308 / 2.
  const scale = 2 ** (Math.ceil(Math.log2(values.length)) + 1);
  return neumaier(values, 1 / scale) * scale;
}

function neumaier(values: ReadonlyArray<number>, factor: number): number {
  let sum = 0;
  let compensation = 0;
  for (const value of values) {
    const x = value * factor;
    const t = sum + x;
    compensation += neumaierError(sum, x, t);
    sum = t;
  }
  return sum + compensation;
}
