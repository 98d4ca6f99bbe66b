import { parsePeriod } from './parsePeriod.js';

/**
 * The period just before one of the same kind: the year before a year, the quarter before a
 * quarter, the month before a month. Days have no "consecutive assessment" meaning here: `null`, as
 * for a text that is no period.
 *
 * @category I/O
 * @param period - A period label.
 * @returns The label of the period before, or `null`.
 * @example
 * previousPeriod('2025') //=> '2024'
 * previousPeriod('2025-Q1') //=> '2024-Q4'
 * previousPeriod('2025-01') //=> '2024-12'
 */
export function previousPeriod(period: string): string | null {
  const p = parsePeriod(period);
  if (p === null) return null;
  const year = (y: number): string => String(y).padStart(4, '0');
  switch (p.kind) {
    case 'year':
      return p.year > 0 ? year(p.year - 1) : null;
    case 'quarter':
      if (p.quarter! > 1) return `${year(p.year)}-Q${p.quarter! - 1}`;
      return p.year > 0 ? `${year(p.year - 1)}-Q4` : null;
    case 'month':
      if (p.month! > 1) return `${year(p.year)}-${String(p.month! - 1).padStart(2, '0')}`;
      return p.year > 0 ? `${year(p.year - 1)}-12` : null;
    case 'date':
      return null;
  }
}
