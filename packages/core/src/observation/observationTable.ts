/**
 * Observations stored column-wise for bulk data: dimension names once each, one index array per
 * dimension and one `Float64Array` of values (NaN = missing; `true`/`false` stored as 1/0 with
 * `isBoolean` 1; a cell that does not apply: NaN with `isBoolean` {@link NOT_APPLICABLE}). 1.8 million values take about 30 MB here instead of 1.8 million objects.
 *
 * @category I/O
 * @example
 * const t: ObservationTable = readObservationTableCsv(text).value;
 * t.value[0] //=> 31.2, for indicator t.indicators[t.indicator[0]]
 */
export interface ObservationTable {
  indicators: string[];
  units: string[];
  periods: string[];
  indicator: Uint32Array;
  unit: Uint32Array;
  period: Uint32Array;
  value: Float64Array;
  isBoolean: Uint8Array;
}
