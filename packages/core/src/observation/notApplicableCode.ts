/**
 * The `isBoolean` code of a cell that does not apply (不适用) in an {@link ObservationTable} or an
 * {@link ObservationCube}: its value is `NaN` and its `isBoolean` entry is 2 (1 marks a yes/no value,
 * 0 a number). `readObservationTableCsv` writes it for a `不适用` cell; `assess` flags such a cell
 * `notApplicable`, as it does an observation with `notApplicable: true`.
 *
 * @category I/O
 * @example
 * const cube: ObservationCube = { periods: ['2025'], units: ['gansu'], indicators: ['coastline'],
 *   values: Float64Array.of(Number.NaN), isBoolean: Uint8Array.of(NOT_APPLICABLE) }; // 甘肃：自然岸线保有率不适用
 */
export const NOT_APPLICABLE = 2;
