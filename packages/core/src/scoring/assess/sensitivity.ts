import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';
import { mulberry32 } from '../../_lib/mulberry32.js';
import { idRecord } from '../../_lib/idRecord.js';
import { assess } from './assess.js';
import { reweight } from './reweight.js';

/**
 * Options of {@link sensitivity}.
 *
 * @category Scoring
 * @example
 * const options: SensitivityOptions = { period: '2025', noise: 0.5, runs: 100, seed: 7 };
 * sensitivity(framework, observations, options)[0] //=> { unit: 'xihu', nominal: 1, median: 1, p05: 1, p95: 1 }
 */
export interface SensitivityOptions {
  period: string;
  /** Relative noise on each top-level area weight: each run multiplies it by U(1 − noise, 1 + noise). Default *0.25*. */
  noise?: number;
  /** Number of perturbed runs; default *200*. */
  runs?: number;
  /** Seed of the generator; the same seed gives the same result. Default *1*. */
  seed?: number;
}

/**
 * One unit's rank under perturbed weights.
 *
 * @category Scoring
 * @example
 * sensitivity(framework, observations, { period: '2025' })[5]
 * //=> { unit: 'gangkou', nominal: 6, median: 6, p05: 6, p95: 6 }
 */
export interface RankInterval {
  unit: string;
  /** The rank with the declared weights. */
  nominal: number | null;
  median: number | null;
  /** 5th and 95th percentiles of the rank (nearest-rank method). */
  p05: number | null;
  p95: number | null;
}

const nearestRank = (sorted: number[], p: number): number | null =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;

/**
 * How robust the ranking is to the weights (JRC/OECD Handbook, uncertainty analysis): perturbs
 * every top-level area weight uniformly by ±`noise` with a seeded generator, re-assesses
 * `runs` times and reports each unit's median rank and 5–95 % rank interval.
 *
 * @category Scoring
 * @param framework - A valid framework.
 * @param observations - The observations.
 * @param options - **period**, **noise**, **runs**, **seed**.
 * @returns One interval per assessed unit, in the assessment's unit order.
 * @example
 * sensitivity(framework, observations, { period: '2025', runs: 100, seed: 7 })[0]
 * //=> { unit: 'xihu', nominal: 1, median: 1, p05: 1, p95: 1 } (Meixi City's ranks do not move at ±25 %)
 */
export function sensitivity(
  framework: Framework,
  observations: ReadonlyArray<Observation>,
  options: SensitivityOptions,
): RankInterval[] {
  const { period, noise = 0.25, runs = 200, seed = 1 } = options;
  const random = mulberry32(seed);
  // Ranks only: no run needs the per-cell trace or the fingerprint.
  const nominal = assess(framework, observations, { period, detail: 'totals' });
  const roots = framework.areas.filter((a) => a.parent === undefined);
  const ranks = nominal.results.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    const weights = idRecord<number>();
    for (const a of roots) weights[a.id] = (a.weight ?? a.points ?? 1) * (1 - noise + 2 * noise * random());
    const run = assess(reweight(framework, weights), observations, {
      period,
      units: nominal.units.map((u) => u.id),
      detail: 'totals',
    });
    run.results.forEach((res, u) => {
      if (res.rank !== null) ranks[u]!.push(res.rank);
    });
  }
  return nominal.results.map((res, u) => {
    const sorted = ranks[u]!.sort((a, b) => a - b);
    return {
      unit: res.unit,
      nominal: res.rank,
      median: nearestRank(sorted, 0.5),
      p05: nearestRank(sorted, 0.05),
      p95: nearestRank(sorted, 0.95),
    };
  });
}
