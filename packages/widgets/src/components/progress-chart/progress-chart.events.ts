/**
 * Detail of the `eco-select` event of `<eco-progress-chart>`: the point the user picked.
 *
 * @example
 * chart.addEventListener('eco-select', (e) => {
 *   const { unit, period, value } = (e as CustomEvent<ProgressChartSelectDetail>).detail;
 * });
 *
 * @category Widgets
 */
export interface ProgressChartSelectDetail {
  indicator: string;
  unit: string;
  period: string;
  /** The value as observed (yes/no as `true`/`false`), or `null`. */
  value: number | boolean | null;
}
