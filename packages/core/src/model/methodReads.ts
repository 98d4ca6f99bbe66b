import type { ScoringMethod } from './method.schema.js';

/**
 * What each scoring method reads from its indicator besides the value: the `baseline` (distance to
 * target measures progress from it) and the `target` (value and comparator). Methods that place a
 * value among the other units (min–max over the units, z-score, rank, percent rank, Borda,
 * efficacy) or on scales of their own (goalposts, bands, boolean points, `value`) read neither, so
 * an indicator scored by them needs no baseline or target. The one place that says so: the
 * indicator schema requires exactly these, and the normalisation kernels are typed by this table, so
 * a kernel cannot read what its entry does not declare.
 *
 * @category Model
 * @example
 * METHOD_READS.distanceToTarget //=> { baseline: true, target: true }
 * METHOD_READS.minMax //=> { baseline: false, target: false }
 */
export const METHOD_READS = {
  goalposts: { baseline: false, target: false },
  minMax: { baseline: false, target: false },
  distanceToTarget: { baseline: true, target: true },
  efficacy: { baseline: false, target: false },
  zScore: { baseline: false, target: false },
  rank: { baseline: false, target: false },
  percentRank: { baseline: false, target: false },
  borda: { baseline: false, target: false },
  bands: { baseline: false, target: false },
  boolean: { baseline: false, target: false },
  deduction: { baseline: false, target: true },
  allOrNothing: { baseline: false, target: true },
  completionRatio: { baseline: false, target: true },
  value: { baseline: false, target: false },
} as const satisfies { [K in ScoringMethod['method']]: { baseline: boolean; target: boolean } };
