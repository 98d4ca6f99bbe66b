/**
 * A working value as a number of the assessment: `null` for none (NaN) and for what no double holds
 * (±Infinity, e.g. points beyond ±1.8e308), and 0 for −0. JSON has no −0 (it writes 0), so an
 * assessment that never holds one is exactly what its JSON reads back as; −0 arises from IEEE
 * arithmetic (a value on its lower goalpost when upper < lower scores (0 / −span) · 100 = −0) and
 * from observations of −0. The one place where the typed columns become the assessment's numbers.
 */
export function plainNumber(x: number): number | null {
  return Math.abs(x) <= Number.MAX_VALUE ? x + 0 : null;
}
