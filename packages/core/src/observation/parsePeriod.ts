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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1]!;

const DASH = 45;
/** The number written in `text[from, to)` when those are all ASCII digits, else -1. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
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
  // Years and dates, the common kinds, read by character codes without the pattern: a daily
  // series validates and places thousands of them. Other lengths and shapes take the pattern.
  if (text.length === 4) {
    const year = digits(text, 0, 4);
    return year < 0 ? null : { kind: 'year', year };
  }
  if (text.length === 10 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    return year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
      ? null
      : { kind: 'date', year, month, day };
  }
  const m = pattern.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'quarter', year, quarter: Number(m[2]) };
  if (!m[3]) return { kind: 'year', year };
  const month = Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (!m[4]) return { kind: 'month', year, month };
  const day = Number(m[4]);
  // Gregorian calendar arithmetic, no Date: free of the time zone, exact for years 0000–0099
  // (which Date.UTC reads as 1900–1999), and cheap for a daily series of thousands of values.
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { kind: 'date', year, month, day };
}
