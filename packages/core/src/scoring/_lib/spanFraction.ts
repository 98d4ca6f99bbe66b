/**
 * `(x − from) / (to − from)`: where `x` lies on the scale that puts `from` at 0 and `to` at 1,
 * for finite `from` ≠ `to`. When a difference overflows (ends or values near ±1.8e308) the same
 * arithmetic runs on halves: halving is exact, so the result is the one an unbounded exponent
 * would give, and monotone in `x` across the switch. ±Infinity only when the fraction itself is
 * beyond the doubles (a value far outside ends closer than its distance over 1.8e308).
 */
export function spanFraction(x: number, from: number, to: number): number {
  const span = to - from;
  const fraction = (x - from) / span;
  if (Math.abs(fraction) <= Number.MAX_VALUE && Math.abs(span) <= Number.MAX_VALUE) return fraction;
  const half = x / 2 - from / 2;
  // The span overflowed: both halves are within the doubles, and so is their quotient.
  if (!(Math.abs(span) <= Number.MAX_VALUE)) return half / (to / 2 - from / 2);
  // x − from overflowed (or the fraction itself did: then this gives ±Infinity too).
  return (half / span) * 2;
}
