import type { ProgressSeries } from './progress-chart.series.js';

/** How the table twin is sorted: by period or by value, ascending or descending. */
export interface ProgressSort {
  key: 'period' | 'value';
  direction: 'ascending' | 'descending';
}

/** One row of the table twin: a period of one unit's series. */
export interface ProgressTableRow {
  /** Position of the series among those shown. */
  series: number;
  /** Index into that series' `points`. */
  index: number;
  period: string;
  t: number;
  value: number | null;
  planned: number | null;
  note: string | null;
}

/**
 * The rows of the table twin for the series shown, sorted by period or value. Periods without a
 * value stay in the table (so the break is visible there too) and sort last by value in either
 * direction; ties keep period order, then series order.
 *
 * @param series - The series shown.
 * @param sort - **key** `period` or `value`, **direction** `ascending` or `descending`.
 * @returns The rows.
 * @example
 * progressTableRows([pm25Gangkou], { key: 'value', direction: 'descending' })[0].period //=> '2020'
 */
export function progressTableRows(series: ReadonlyArray<ProgressSeries>, sort: ProgressSort): ProgressTableRow[] {
  const rows = series.flatMap((s, k) =>
    s.points.map((p, index) => ({
      series: k,
      index,
      period: p.period,
      t: p.t,
      value: p.value,
      planned: p.planned,
      note: p.note,
    })),
  );
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byPeriod = (a: ProgressTableRow, b: ProgressTableRow): number => a.t - b.t || a.series - b.series;
  return rows.sort((a, b) => {
    if (sort.key === 'period') return sign * byPeriod(a, b);
    if (a.value === null || b.value === null) return a.value === b.value ? byPeriod(a, b) : a.value === null ? 1 : -1;
    return sign * (a.value - b.value) || byPeriod(a, b);
  });
}
