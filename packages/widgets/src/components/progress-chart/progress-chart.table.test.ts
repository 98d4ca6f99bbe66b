import { describe, expect, it } from 'vitest';
import type { ProgressSeries } from './progress-chart.series.js';
import { progressTableRows } from './progress-chart.table.js';

const s = (unit: string, values: Array<number | null>): ProgressSeries =>
  ({
    unit,
    points: values.map((value, k) => ({ period: String(2020 + k), t: k, value, planned: null, note: null })),
  }) as unknown as ProgressSeries;

describe('progressTableRows', () => {
  const a = s('a', [3, null, 1]);
  const b = s('b', [2, 5, null]);

  it('sorts by period, then by series', () => {
    expect(
      progressTableRows([a, b], { key: 'period', direction: 'ascending' }).map((r) => `${r.period}${'ab'[r.series]}`),
    ).toEqual(['2020a', '2020b', '2021a', '2021b', '2022a', '2022b']);
    expect(progressTableRows([a], { key: 'period', direction: 'descending' }).map((r) => r.period)).toEqual([
      '2022',
      '2021',
      '2020',
    ]);
  });

  it('sorts by value with the missing ones last either way', () => {
    expect(progressTableRows([a, b], { key: 'value', direction: 'ascending' }).map((r) => r.value)).toEqual([
      1,
      2,
      3,
      5,
      null,
      null,
    ]);
    expect(progressTableRows([a, b], { key: 'value', direction: 'descending' }).map((r) => r.value)).toEqual([
      5,
      3,
      2,
      1,
      null,
      null,
    ]);
  });

  it('keeps the point index so a row can be traced to its mark', () => {
    const rows = progressTableRows([a], { key: 'value', direction: 'ascending' });
    expect(rows.map((r) => r.index)).toEqual([2, 0, 1]);
  });
});
