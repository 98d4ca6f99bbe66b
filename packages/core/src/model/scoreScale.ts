import type { ScoringMethod } from './method.schema.js';
import { EFFICACY_RANGE } from './efficacyRange.js';
import { bandCoverage } from './bandCoverage.js';

/** The lowest and highest score `assess` can give a reported value under a method (±Infinity: unbounded). */
export interface ScoreScale {
  min: number;
  max: number;
}

/**
 * The scale of a scoring method on `assess`'s common 0–100 scale (see `normalizeColumn`): what a
 * reported value can score at worst and at best. A missing value's `floor` is judged against it
 * (`checkMissingFloors`): a floor above `min` scores a gap better than the worst reported value.
 * Goalposts, min–max, percent rank, boolean, deduction and all-or-nothing span 0–100; completion
 * ratio 0 to its `max` × 100; distance to target 0–100
 * (uncapped: no top); efficacy its published 60–100; bands their lowest to highest points as a
 * share of the highest (0 when a value can fall outside every band; 0–100 when no band has
 * positive points, so that no value is scored); z-scores have no bounds,
 * ranks start at 1 and Borda counts at 0; `value` is taken as already on 0–100 (the SDG Index).
 */
export function scoreScale(method: ScoringMethod): ScoreScale {
  switch (method.method) {
    case 'goalposts':
      return (method.clamp ?? true) ? { min: 0, max: 100 } : { min: -Infinity, max: Infinity };
    case 'minMax':
    case 'percentRank':
    case 'boolean':
    case 'deduction':
    case 'allOrNothing':
    case 'value':
      return { min: 0, max: 100 };
    case 'completionRatio':
      return { min: 0, max: method.max * 100 };
    case 'distanceToTarget':
      return { min: 0, max: (method.cap ?? true) ? 100 : Infinity };
    case 'efficacy':
      return { min: EFFICACY_RANGE[0], max: EFFICACY_RANGE[1] };
    case 'zScore':
      return { min: -Infinity, max: Infinity };
    case 'rank':
      return { min: 1, max: Infinity };
    case 'borda':
      return { min: 0, max: Infinity };
    case 'bands': {
      const points = method.bands.map((b) => b.points);
      const full = Math.max(...points);
      const coverage = bandCoverage(method.bands);
      const outside = coverage.below || coverage.above || coverage.gaps.length > 0;
      const lowest = Math.min(...points, ...(outside ? [0] : []));
      // With no positive points every value is unscorable (`normalizeColumn`): nothing reported is
      // scored, and a floor is judged on the nominal 0–100.
      return full > 0 ? { min: (lowest / full) * 100, max: 100 } : { min: 0, max: 100 };
    }
  }
}
