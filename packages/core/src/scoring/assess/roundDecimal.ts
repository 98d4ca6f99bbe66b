/**
 * How a number is rounded: `halfUp` (四舍五入, halves away from zero) or `halfEven` (banker's).
 *
 * @category Scoring
 * @example
 * const mode: RoundingMode = 'halfEven';
 * roundDecimal(86.25, 1, mode) //=> 86.2 ('halfUp', Meixi's scheme, gives 86.3)
 */
export type RoundingMode = 'halfUp' | 'halfEven';

// Moves the decimal point through the shortest round-trip decimal text of x, so 2.675 is treated
// as the 2.675 a person wrote, not as the binary 2.67499999999999982236431605997495353221893310546875.
function shift(x: number, digits: number): number {
  const [mantissa, exponent] = x.toExponential().split('e') as [string, string];
  return Number(`${mantissa}e${Number(exponent) + digits}`);
}

/**
 * Rounds to `digits` decimals on the number's decimal representation, the way an assessment
 * office rounds by hand: `roundDecimal(2.675, 2)` is 2.68, although `2.675` is stored as a
 * binary fraction slightly below it. The scheme declares digits and mode once; the engine
 * rounds totals in one place with this function. A number so large that the doubles next to it
 * are further apart than 10^-digits (|x| · 10^digits ≥ 2⁵⁴, e.g. any total beyond 1e307) is
 * already as round as a double can be at that precision, and is returned unchanged.
 *
 * @category Scoring
 * @param x - The number; non-finite values are returned unchanged.
 * @param digits - Decimals to keep, 0–15.
 * @param mode - *halfUp* (default: halves away from zero) or *halfEven* (halves to the even digit).
 * @returns The rounded number (never -0).
 * @example
 * roundDecimal(2.675, 2) //=> 2.68
 * roundDecimal(86.25, 1, 'halfEven') //=> 86.2
 * roundDecimal(-1.5, 0) //=> -2
 * roundDecimal(1.8e307, 2) //=> 1.8e307
 */
export function roundDecimal(x: number, digits: number, mode: RoundingMode = 'halfUp'): number {
  if (!Number.isFinite(x) || x === 0) return Number.isFinite(x) ? 0 : x;
  const fast = roundClearOfHalf(x, digits);
  return fast === fast ? fast : roundDecimalByText(x, digits, mode);
}

// Powers of ten that doubles hold exactly, so x * 10^d is one rounding and whole / 10^d is the
// correctly rounded quotient, the same double as parsing `${whole}e-${d}`.
const POW10 = Array.from({ length: 23 }, (_, d) => 10 ** d);

/**
 * The same result as {@link roundDecimalByText} without building strings, for the common case: x × 10^d
 * computed in binary is within 3 × 2⁻⁵³ relative of the shifted decimal text, so when its fraction is
 * further than 2⁻⁴⁹ relative from one half both land on the same whole number (near an integer both
 * round to it). Returns NaN when the fraction is too close to a half to decide this way.
 */
function roundClearOfHalf(x: number, digits: number): number {
  const p = POW10[digits];
  const ax = Math.abs(x);
  if (p === undefined || ax < 1e-290) return Number.NaN;
  const scaled = ax * p;
  if (!(scaled < 2 ** 50)) return Number.NaN;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  if (Math.abs(fraction - 0.5) <= scaled * 2 ** -49) return Number.NaN;
  const result = (fraction > 0.5 ? floor + 1 : floor) / p;
  return x < 0 && result !== 0 ? -result : result;
}

/** {@link roundDecimal} through the decimal text, for every case (exported for tests). */
export function roundDecimalByText(x: number, digits: number, mode: RoundingMode = 'halfUp'): number {
  if (!Number.isFinite(x) || x === 0) return Number.isFinite(x) ? 0 : x;
  // The spacing of doubles at x, more than |x|·2⁻⁵³, exceeds 10^-digits twice over: the shortest
  // decimal text of x has at most `digits` decimals, so rounding keeps x (and x·10^d may overflow).
  if (!(Math.abs(x) * 10 ** digits < 2 ** 54)) return x;
  const scaled = shift(Math.abs(x), digits);
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  let whole: number;
  if (fraction > 0.5) whole = floor + 1;
  else if (fraction < 0.5) whole = floor;
  else {
    switch (mode) {
      case 'halfUp':
        whole = floor + 1;
        break;
      case 'halfEven':
        whole = floor % 2 === 0 ? floor : floor + 1;
        break;
    }
  }
  const result = shift(whole, -digits);
  return x < 0 && result !== 0 ? -result : result;
}
