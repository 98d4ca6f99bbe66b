import { parsePeriod } from './parsePeriod.js';

/**
 * Whether a line inside a quoted cell that spans lines, split at its commas, looks like a
 * long-format record that a stray quote swallowed: it has as many cells as the header and a
 * period where the header has its period column. Internal to the long-format readers.
 *
 * @category I/O
 * @param cells - The line split at commas.
 * @param header - The header as written.
 * @returns Whether it looks like a record.
 * @example
 * looksLikeObservationRow(['pm25', 'xihu', '2024', '30'], ['indicator', 'unit', 'period', 'value']) //=> true
 */
export function looksLikeObservationRow(cells: string[], header: string[]): boolean {
  const p = header.findIndex((h) => h.trim().toLowerCase() === 'period');
  return p >= 0 && cells.length >= header.length && parsePeriod((cells[p] ?? '').trim()) !== null;
}
