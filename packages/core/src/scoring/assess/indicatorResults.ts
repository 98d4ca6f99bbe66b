import type { IndicatorProgressStatus } from '../../vocabulary/indicatorProgressStatus.schema.js';
import type { Assessment, CellFlag } from './assessment.js';

/**
 * One indicator's trace for one unit, expanded from the assessment's columns.
 *
 * @category Scoring
 * @example
 * indicatorResults(assess(framework, observations, { period: '2025' }), 'gangkou').find((r) => r.indicator === 'pm25')
 * //=> { indicator: 'pm25', area: 'env', raw: 42.8, normalized: 0, weightUsed: 0.125, points: 0, flags: [], status: 'deteriorating', target: 32, planned: 32, … }
 */
export interface IndicatorResult {
  indicator: string;
  area: string;
  raw: number | boolean | null;
  method: Assessment['indicators'][number]['method'];
  normalized: number | null;
  weightUsed: number | null;
  points: number | null;
  flags: CellFlag[];
  status: IndicatorProgressStatus;
  /** The target the unit faces in the period (`targetFor`); `null` when the indicator has none (status `noTarget`). */
  target: number | boolean | null;
  /** The value planned for the unit at the period's end (`expectedAt`); `null` without a plan. */
  planned: number | boolean | null;
}

/**
 * Expands one unit's row of an assessment into an object per indicator: raw value, method and
 * parameters, normalised value (0–100), weight used within its area after renormalisation,
 * points contributed to the total, flags, status, and the target and planned value the status
 * was judged against. The assessment stores these as columns so
 * that large runs stay compact; this is the on-demand view.
 *
 * @category Scoring
 * @param assessment - The result of `assess`.
 * @param unit - A unit id of the assessment.
 * @returns The unit's indicators in framework order, or `[]` for a unit not in the assessment.
 * @example
 * indicatorResults(assessment, 'gangkou')[0]
 * //=> { indicator: 'redline-area', area: 'space', raw: 100, normalized: 100, weightUsed: 0.125, points: 4.375, flags: [], status: 'achieved', … }
 */
export function indicatorResults(assessment: Assessment, unit: string): IndicatorResult[] {
  const u = assessment.units.findIndex((x) => x.id === unit);
  if (u < 0) return [];
  const m = assessment.indicators.length;
  return assessment.indicators.map((ind, i) => {
    const cell = u * m + i;
    return {
      indicator: ind.id,
      area: ind.area,
      raw: assessment.cells.raw[cell] ?? null,
      method: ind.method,
      normalized: assessment.cells.normalized[cell] ?? null,
      weightUsed: assessment.cells.weightUsed[cell] ?? null,
      points: assessment.cells.points[cell] ?? null,
      flags: assessment.cells.flags[cell] ?? [],
      status: assessment.cells.status[cell] ?? 'noData',
      target: assessment.cells.target[cell] ?? null,
      planned: assessment.cells.planned[cell] ?? null,
    };
  });
}
