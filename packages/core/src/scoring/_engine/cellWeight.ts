import type { AreaScores } from './scoreAreas.js';
import { cellScore, type ScoreColumns } from './cellScore.js';

/**
 * A cell's share of its area (`NaN` for none): stored for cells of areas aggregated unit by unit;
 * in a row area, the indicator's weight over the unit's divisor for that area (the weight present,
 * or every declared weight for a weighted sum), the division `weightedMeanInto` makes, or the
 * weight its scaled fallback gave (kept by the row pass for the few units that took it).
 */
export function cellWeight(
  cells: ScoreColumns & { weightUsed: Float64Array },
  areas: Pick<AreaScores, 'n' | 'divisor' | 'scaled'>,
  indicatorArea: ReadonlyArray<number>,
  cell: number,
): number {
  const i = cell % cells.m;
  const a = indicatorArea[i]!;
  if (cells.rows.isRowArea[a] !== 1) return cells.weightUsed[cell]!;
  const score = cellScore(cells, cell);
  if (score !== score) return Number.NaN;
  const at = a * areas.n + (cell - i) / cells.m;
  const d = areas.divisor[at]!;
  if (d === d) return cells.rows.weightOf[i]! / d;
  return areas.scaled.get(at)?.[cells.rows.position[i]!] ?? Number.NaN;
}
