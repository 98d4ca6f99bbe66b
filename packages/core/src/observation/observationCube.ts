/**
 * Observations as a dense cube, the fastest input of `assess`: one `Float64Array` holding every
 * period × unit × indicator value at `(p * units.length + u) * indicators.length + i`, `NaN` where
 * nothing was observed. Selecting a period is then one contiguous block, with no per-row work, so
 * this is the form to use for many units or many runs (sensitivity, live reweighting). A cube has
 * one value per cell, so it has no revisions. Values must be finite or `NaN`; `assess` rejects
 * anything else with a `TypeError` that names the cell.
 *
 * @category I/O
 * @example
 * const cube: ObservationCube = {
 *   periods: ['2024', '2025'], units: ['xihu', 'gangkou'], indicators: ['pm25', 'forest'],
 *   values: Float64Array.of(31.2, 40.1, 35.0, NaN, 29.8, 41.0, 33.9, 22.5),
 * };
 * assess(framework, cube, { period: '2025' });
 */
export interface ObservationCube {
  periods: string[];
  units: string[];
  indicators: string[];
  /** `(p * units.length + u) * indicators.length + i`; `NaN` for no value. */
  values: Float64Array;
  /** Optional, same layout: 1 where the value is a boolean (1 true, 0 false); `NOT_APPLICABLE` (2) where the indicator does not apply (value `NaN`). */
  isBoolean?: Uint8Array;
}
