/** Cells that mean "no value": kept as missing, never read as 0. */
const missingTokens = new Set(['', '-', '–', '—', '..', '...', 'na', 'n/a', 'null', 'nan']);

/** What a CSV cell holds: a value, a missing value, or text that is neither. */
export type CellValue = { ok: true; value: number | boolean | null } | { ok: false };

/**
 * Reads a value cell: blank, `-`, `..`, `NA`, `n/a` are missing; `true`/`false` (and `是`/`否`)
 * are booleans; numbers may group thousands with commas or spaces (`1,100`, `1 100`, with
 * no-break or thin spaces too) and use `.` for decimals.
 */
export function parseCell(text: string): CellValue {
  const s = text.trim();
  const lower = s.toLowerCase();
  if (missingTokens.has(lower)) return { ok: true, value: null };
  if (lower === 'true' || s === '是') return { ok: true, value: true };
  if (lower === 'false' || s === '否') return { ok: true, value: false };
  const compact = s.replace(/[\s\u00a0\u2009\u202f]/g, '');
  const grouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, '') : compact;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(grouped)) return { ok: false };
  const value = Number(grouped);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
