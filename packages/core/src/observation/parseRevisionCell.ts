/**
 * Reads a `revision` cell: blank is no revision, else a whole number ≥ 0 written in digits
 * (`0x10`, `1e2` and `-1` are refused). Every CSV reader uses it, so they agree on revisions.
 *
 * @category I/O
 * @param text - The cell as written.
 * @returns The revision, `undefined` for none, or `null` when the cell is not one.
 * @example
 * parseRevisionCell(' 2 ') //=> 2
 * parseRevisionCell('0x10') //=> null
 */
export function parseRevisionCell(text: string): number | undefined | null {
  const s = text.trim();
  if (s === '') return undefined;
  const n = Number(s);
  return /^\d+$/.test(s) && Number.isSafeInteger(n) ? n : null;
}
