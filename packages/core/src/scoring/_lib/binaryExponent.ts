/**
 * The exponent e with 2^e ≤ |x| < 2^(e+1), for a finite non-zero `x`: −1074 for the smallest
 * subnormal, 1023 for the largest double. With {@link binaryScale} (2^e) it splits a number into
 * a mantissa in [1, 2) and a power of two, for arithmetic beyond the exponent range.
 */
export function binaryExponent(x: number): number {
  const a = Math.abs(x);
  // Math.log2 may round up to the next integer at the top of a binade (log2(1.8e308) is 1024).
  const e = Math.min(1023, Math.floor(Math.log2(a)));
  if (2 ** e > a) return e - 1;
  return e < 1023 && 2 ** (e + 1) <= a ? e + 1 : e;
}

/**
 * The power of two 2^e of {@link binaryExponent}: dividing by it is exact unless the quotient is
 * subnormal, so it moves a list of numbers next to 1 without changing their ratios, and scaled
 * arithmetic gives the bits an unbounded exponent would, away from overflow and underflow.
 */
export function binaryScale(x: number): number {
  return 2 ** binaryExponent(x);
}

/**
 * `x · 2^e` for any integer `e`, in one rounding where 2^e is a double (e in [−1074, 1023]) and in
 * steps that are exact until the last otherwise (short of the subnormal range).
 */
export function timesPowerOfTwo(x: number, e: number): number {
  let y = x;
  let k = Math.max(-4000, Math.min(4000, e));
  while (k > 1023) {
    y *= 2 ** 1023;
    k -= 1023;
  }
  while (k < -1074) {
    y *= 2 ** -1022;
    k += 1022;
  }
  return y * 2 ** k;
}
