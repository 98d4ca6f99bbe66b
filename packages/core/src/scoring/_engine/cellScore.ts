import { ROW_SOURCE, type RowAreas } from './rowAreas.js';
import { minMaxScore } from '../_lib/minMaxScore.js';
import { FLAG } from './cellFlags.js';

/** What a cell's score is read or worked out from (row-major, unit `u`, indicator `i` at `u * m + i`). */
export interface ScoreColumns {
  /** Indicators per row. */
  m: number;
  /** The selected observations (`NaN` for none). */
  raw: Float64Array;
  /** Scores of the indicators `scoreIndicators` normalised (`rows.source` is `normalized`). */
  normalized: Float64Array;
  /** Per indicator: the min–max scale of the row pass's min–max indicators (see `minMaxScales`). */
  factor: Float64Array;
  low: Float64Array;
  spread: Float64Array;
  rows: RowAreas;
  /** The cell flags: a cell flagged `notApplicable` has no score, whatever its missing-data policy. */
  flags: Uint8Array;
}

/** A cell's 0–100 score (`NaN` for none): stored by `scoreIndicators`, or worked out as the row pass did. */
export function cellScore(cells: ScoreColumns, cell: number): number {
  const i = cell % cells.m;
  const { source, fill } = cells.rows;
  const how = source[i]!;
  if (how === ROW_SOURCE.normalized) return cells.normalized[cell]!;
  const v = cells.raw[cell]!;
  if (v !== v) return (cells.flags[cell]! & FLAG.notApplicable) !== 0 ? Number.NaN : fill[i]!;
  return how === ROW_SOURCE.value ? v : minMaxScore(v, cells.factor[i]!, cells.low[i]!, cells.spread[i]!);
}
