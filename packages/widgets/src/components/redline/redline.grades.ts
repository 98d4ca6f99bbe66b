const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A grade's rank: `2` for `2` or `II`; `null` for other names. */
function rank(grade: string): number | null {
  const g = grade.trim().toUpperCase();
  if (/^\d+$/.test(g)) return Number(g);
  if (!/^[IVXLC]+$/.test(g)) return null;
  let total = 0;
  for (let i = 0; i < g.length; i++) {
    const v = ROMAN[g[i]!]!;
    const next = ROMAN[g[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Orders control grades (分级管控) strictest first: numbers and Roman numerals by value
 * (`I` < `II` < `IV` < `IX`), other names after them, by text.
 *
 * @category Layout
 * @param a - A grade.
 * @param b - Another grade.
 * @returns A negative number, zero or a positive number, for `Array.prototype.sort`.
 * @example
 * ['II', 'IX', 'I', 'core'].sort(compareGrades) //=> ['I', 'II', 'IX', 'core']
 */
export function compareGrades(a: string, b: string): number {
  const x = rank(a);
  const y = rank(b);
  if (x !== null && y !== null) return x - y || (a < b ? -1 : a > b ? 1 : 0);
  if (x !== null || y !== null) return x !== null ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
