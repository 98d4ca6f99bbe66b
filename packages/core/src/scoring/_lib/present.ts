/** A value that counts: a finite number. `null`, `undefined`, NaN and ±Infinity are missing. */
export function isPresent(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
