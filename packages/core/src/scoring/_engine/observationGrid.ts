import type { Diagnostic } from '../assess/assessment.js';

/**
 * The observations of one period laid out as a units × indicators grid, in typed arrays so that a
 * large run allocates a handful of buffers rather than an object per cell. Row-major: unit `u`,
 * indicator `i` at `u * indicatorCount + i`.
 */
export interface ObservationGrid {
  /** The observed value; `NaN` where nothing was observed (data can never hold NaN); booleans as 1 / 0. */
  value: Float64Array;
  /** 1 where the cell's value is a boolean; `NOT_APPLICABLE` (2, value `NaN`) where the observation says the indicator does not apply. */
  isBoolean: Uint8Array;
  /** For cells whose indicator carries the last observation forward: the value and period used. */
  carried: Map<number, { value: number | boolean; period: string }>;
  diagnostics: Diagnostic[];
}

/** An empty grid of `cells` cells. */
export function emptyGrid(cells: number): ObservationGrid {
  return {
    value: new Float64Array(cells).fill(Number.NaN),
    isBoolean: new Uint8Array(cells),
    carried: new Map(),
    diagnostics: [],
  };
}

/** A grid cell as the value it was observed as: a number, a boolean, or `null`. */
export function gridValue(value: Float64Array, isBoolean: Uint8Array, cell: number): number | boolean | null {
  const x = value[cell]!;
  if (x !== x) return null;
  return isBoolean[cell] === 1 ? x === 1 : x;
}

/** The warning for a cell observed twice with different values. */
export function conflictDiagnostic(
  unit: string,
  indicator: string,
  period: string,
  kept: number | boolean,
): Diagnostic {
  return {
    severity: 'warning',
    code: 'conflicting_observations',
    unit,
    indicator,
    message: {
      en: `${unit} has different values for ${indicator} in ${period} with the same revision; kept ${String(kept)}`,
      zh: `${unit} 的 ${indicator} 在 ${period} 有多个同版本的不同数值，采用 ${String(kept)}`,
    },
  };
}
