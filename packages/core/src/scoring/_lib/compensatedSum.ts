/**
 * Neumaier's compensated sum, taken in the order given: far less rounding error than a plain
 * loop, and the same result in every JavaScript engine. Callers fix the order (framework order,
 * unit order) so results do not depend on the order data arrived in.
 */
export function compensatedSum(values: ReadonlyArray<number>): number {
  let sum = 0;
  let compensation = 0;
  for (const x of values) {
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}
