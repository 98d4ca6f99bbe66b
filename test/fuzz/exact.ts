// An exact oracle for weighted sums and means: every double is a binary fraction m · 2^e, so sums
// of products are exact in BigInt arithmetic, whatever their magnitude. The properties compare the
// library's floating-point results with these to a stated tolerance.

/** A double as m · 2^e with m a BigInt (exact; subnormals included). */
function split(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const bits = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  const exponent = (hi >>> 20) & 0x7ff;
  const m = exponent === 0 ? bits : bits | (1n << 52n);
  return { m: hi >>> 31 ? -m : m, e: exponent === 0 ? -1074 : exponent - 1075 };
}

/** The lowest exponent a product of two doubles can have. */
const BOTTOM = -2148;

/** Σ xᵢ·wᵢ exactly, as m · 2^BOTTOM (`abs`: Σ |xᵢ·wᵢ|). */
function dot(xs: ReadonlyArray<number>, ws: ReadonlyArray<number>, abs = false): bigint {
  let sum = 0n;
  xs.forEach((x, k) => {
    const a = split(x);
    const b = split(ws[k]!);
    const p = (a.m * b.m) << BigInt(a.e + b.e - BOTTOM);
    sum += abs && p < 0n ? -p : p;
  });
  return sum;
}

const bitLength = (m: bigint): number => (m < 0n ? -m : m).toString(2).length;

/** The double next to m · 2^e (within an ulp: enough for the tolerances used), ±Infinity beyond the doubles. */
export function toDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const negative = m < 0n;
  let a = negative ? -m : m;
  let k = e;
  const extra = bitLength(a) - 64;
  if (extra > 0) {
    a >>= BigInt(extra);
    k += extra;
  }
  let y = Number(a);
  while (k > 1023) {
    y *= 2 ** 1023;
    k -= 1023;
  }
  while (k < -1074) {
    y *= 2 ** -1022;
    k += 1022;
  }
  y *= 2 ** k;
  return negative ? -y : y;
}

/** Σ wᵢxᵢ and Σ |wᵢxᵢ| as doubles (±Infinity beyond the doubles), from the exact sums. */
export function exactWeightedSum(xs: ReadonlyArray<number>, ws: ReadonlyArray<number>): { sum: number; abs: number } {
  return { sum: toDouble(dot(xs, ws), BOTTOM), abs: toDouble(dot(xs, ws, true), BOTTOM) };
}

/** Σ wᵢxᵢ / Σ wᵢ as a double (within an ulp), for non-negative weights with a positive sum. */
export function exactWeightedMean(xs: ReadonlyArray<number>, ws: ReadonlyArray<number>): number {
  const num = dot(xs, ws);
  const den = dot(
    ws,
    ws.map(() => 1),
  );
  // Enough quotient bits: the numerator shifted past the denominator's length, plus 64.
  const shift = bitLength(den) + 64;
  return toDouble((num << BigInt(shift)) / den, -shift);
}
