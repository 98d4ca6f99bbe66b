/**
 * One point of an annual series; `null` is a missing value.
 *
 * @category Progress
 * @example
 * const point: YearValue = { year: 2025, value: 30.5 }; // Xihu's PM2.5, µg/m³
 * const gap: YearValue = { year: 2021, value: null }; // missing: skipped, never 0
 */
export interface YearValue {
  year: number;
  value: number | null;
}

/** The present points of a series in year order (input order does not matter). */
export function presentPoints(series: ReadonlyArray<YearValue>): Array<{ year: number; value: number }> {
  return series
    .filter(
      (p): p is { year: number; value: number } =>
        typeof p.value === 'number' && Number.isFinite(p.value) && Number.isFinite(p.year),
    )
    .map((p) => ({ year: p.year, value: p.value }))
    .sort((a, b) => a.year - b.year);
}
