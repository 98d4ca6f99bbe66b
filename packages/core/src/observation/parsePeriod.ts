/**
 * The kinds of period an observation can describe.
 *
 * @category Model
 * @example
 * parsePeriod('2025')?.kind //=> 'year'
 * parsePeriod('2025-Q3')?.kind //=> 'quarter'
 */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'date';

/**
 * A period split into its parts.
 *
 * @category Model
 * @example
 * parsePeriod('2025-07-15') //=> { kind: 'date', year: 2025, month: 7, day: 15 }
 */
export interface PeriodParts {
  kind: PeriodKind;
  year: number;
  /** 1–4 for a quarter. */
  quarter?: number;
  /** 1–12 for a month or a date. */
  month?: number;
  /** 1–31 for a date. */
  day?: number;
}

const pattern = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

/**
 * Reads a period string: a year `2025`, a quarter `2025-Q3`, a month `2025-07` or a date
 * `2025-07-15`. Calendar rules apply: `2025-02-29` and `2025-13` are not periods.
 *
 * @category Model
 * @param text - The period.
 * @returns Its parts, or `null` when it is not a period.
 * @example
 * parsePeriod('2025-Q3') //=> { kind: 'quarter', year: 2025, quarter: 3 }
 * parsePeriod('2025-02-29') //=> null
 */
export function parsePeriod(text: string): PeriodParts | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'quarter', year, quarter: Number(m[2]) };
  if (!m[3]) return { kind: 'year', year };
  const month = Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (!m[4]) return { kind: 'month', year, month };
  const day = Number(m[4]);
  // Date.UTC keeps the check free of the local time zone.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { kind: 'date', year, month, day };
}
