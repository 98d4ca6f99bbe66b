import { parsePeriod, periodDays } from '@eco-reform/core/display';

/**
 * Where a period sits on the time axis: the day number of its last day. The core's planned
 * trajectory (`expectedAt`) puts baseline, milestones and target on the last day of their period,
 * so an annual value and the plan for that year line up.
 *
 * @param period - A period: `2025`, `2025-Q3`, `2025-07` or `2025-07-15`.
 * @returns The day number, or `null` when `period` is not a period.
 * @example
 * periodEnd('1970') //=> 364
 */
export function periodEnd(period: string): number | null {
  return periodDays(period)?.end ?? null;
}

/**
 * Every period from `first` to `last` at their common step (year, quarter or month), so that a
 * period with no observation shows as a break in the line. Dates, mixed kinds, or an order that
 * runs backwards have no common step: the answer is `null` and the caller keeps what it has.
 *
 * @param first - The first period.
 * @param last - The last period (not before `first`).
 * @returns The periods in order, both ends included, or `null`.
 * @example
 * periodSequence('2024-Q3', '2025-Q1') //=> ['2024-Q3', '2024-Q4', '2025-Q1']
 */
export function periodSequence(first: string, last: string): string[] | null {
  const a = parsePeriod(first);
  const b = parsePeriod(last);
  if (!a || !b || a.kind !== b.kind || a.kind === 'date') return null;
  const perYear = a.kind === 'year' ? 1 : a.kind === 'quarter' ? 4 : 12;
  const index = (p: NonNullable<ReturnType<typeof parsePeriod>>): number =>
    p.year * perYear + (p.kind === 'quarter' ? p.quarter! - 1 : p.kind === 'month' ? p.month! - 1 : 0);
  const from = index(a);
  const to = index(b);
  if (to < from || to - from > 1000) return null;
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const year = Math.floor(k / perYear);
    const step = (k % perYear) + 1;
    out.push(
      a.kind === 'year'
        ? String(year)
        : a.kind === 'quarter'
          ? `${year}-Q${step}`
          : `${year}-${String(step).padStart(2, '0')}`,
    );
  }
  return out;
}

/**
 * Periods in the core's `comparePeriods` order (by first day, then last day; anything that is not
 * a period last, by text), each with the day number of its last day (as {@link periodEnd}), with
 * each period's span worked out once instead of once per comparison.
 *
 * @param periods - Period texts, e.g. `2025`, `2025-Q3`, `2025-07-15`.
 * @returns A new array, sorted; `end` is `null` for text that is not a period.
 * @example
 * periodsInOrder(['2025', '1970']) //=> [{ period: '1970', end: 364 }, { period: '2025', end: 20453 }]
 */
export function periodsInOrder(periods: ReadonlyArray<string>): Array<{ period: string; end: number | null }> {
  const keyed = periods.map((period) => ({ period, span: periodDays(period) }));
  keyed.sort((a, b) => {
    const x = a.span;
    const y = b.span;
    if (!x || !y) return x ? -1 : y ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
    return x.start - y.start || x.end - y.end;
  });
  return keyed.map((k) => ({ period: k.period, end: k.span?.end ?? null }));
}

/**
 * Periods in the core's `comparePeriods` order (by first day, then last day; anything that is not
 * a period last, by text).
 *
 * @param periods - Period texts, e.g. `2025`, `2025-Q3`, `2025-07-15`.
 * @returns A new array, sorted.
 * @example
 * sortPeriods(['2025', '2024-Q4', '2024']) //=> ['2024', '2024-Q4', '2025']
 */
export function sortPeriods(periods: ReadonlyArray<string>): string[] {
  return periodsInOrder(periods).map((k) => k.period);
}
