import type { ScoringMethod } from '../../model/method.schema.js';
import { METHOD_READS } from '../../model/methodReads.js';
import { normalizeGoalposts } from './normalizeGoalposts.js';
import { normalizeDistanceToTarget } from './normalizeDistanceToTarget.js';
import { normalizeEfficacy } from './normalizeEfficacy.js';
import { normalizeZScore } from './normalizeZScore.js';
import { normalizeRank } from './normalizeRank.js';
import { normalizePercentRank } from './normalizePercentRank.js';
import { normalizeBorda } from './normalizeBorda.js';
import { scoreBands } from '../score/scoreBands.js';
import { scoreBoolean } from '../score/scoreBoolean.js';
import { scoreDeduction } from '../score/scoreDeduction.js';
import { scoreAllOrNothing } from '../score/scoreAllOrNothing.js';
import { scoreCompletionRatio } from '../score/scoreCompletionRatio.js';
import type { Comparator } from '../assess/meetsTarget.js';
import { spanFraction } from '../_lib/spanFraction.js';
import { minMaxScales } from '../_lib/minMaxScales.js';
import { minMaxScore } from '../_lib/minMaxScore.js';

/**
 * One indicator's column as a normalisation kernel reads and writes it: one entry per unit, in
 * typed arrays (`NaN` for none). The baseline and target are `null` for an indicator without them,
 * which the schema allows for the methods that do not read them (`METHOD_READS`).
 *
 * @example
 * const column: KernelColumn = { xs, direction: -1, baseline: 42, targetOf: () => 30, comparator: '<=', scores, capped };
 */
export interface KernelColumn {
  /** The values to score (booleans as 1 / 0; `NaN` for none). */
  xs: Float64Array;
  /** *1* higher is better, *-1* lower is better. */
  direction: 1 | -1;
  /** The indicator's baseline (distance to target measures progress from it), `null` for none. */
  baseline: number | null;
  /** The target unit `u` is held to (its own, class targets and milestones resolved: `targetFor`), `null` for none. */
  targetOf: (u: number) => number | boolean | null;
  /** How a value is compared with its target (the indicator's `target.comparator`), `null` without a target. */
  comparator: Comparator | null;
  /** Written: each unit's 0–100 score, `NaN` for none (missing, or beyond the doubles: unscorable). */
  scores: Float64Array;
  /** Written: 1 where a bound censored the score (goalposts clamped, progress capped or below 0), else 0. */
  capped: Uint8Array;
}

type Reads<K extends ScoringMethod['method']> = (typeof METHOD_READS)[K];

/**
 * The column as the kernel of method `K` sees it: the baseline and the target only when
 * `METHOD_READS` says the method reads them (and then never `null`), so a kernel that reads
 * anything else does not compile.
 *
 * @example
 * const column: KernelColumnFor<'deduction'> = { xs, direction: -1, targetOf: () => 30, comparator: '<=', scores, capped };
 */
export type KernelColumnFor<K extends ScoringMethod['method']> = Pick<
  KernelColumn,
  'xs' | 'direction' | 'scores' | 'capped'
> &
  (Reads<K>['baseline'] extends true ? { baseline: number } : unknown) &
  (Reads<K>['target'] extends true ? { targetOf: (u: number) => number | boolean; comparator: Comparator } : unknown);

/**
 * A normalisation kernel: scores a column with one method, writing every entry of `scores` and
 * `capped`.
 *
 * @example
 * const value: NormalizeKernel<{ method: 'value' }> = (_, { xs, scores, capped }) => { scores.set(xs); capped.fill(0); };
 */
export type NormalizeKernel<M extends ScoringMethod> = (method: M, column: KernelColumnFor<M['method']>) => void;

/** One kernel per scoring method: a method without one is a compile error. */
type Kernels = { [K in ScoringMethod['method']]: NormalizeKernel<Extract<ScoringMethod, { method: K }>> };

/** A score beyond ±1.8e308 cannot be represented: the cell is unscorable, like a missing value. */
const finiteOrNaN = (y: number): number => (Math.abs(y) <= Number.MAX_VALUE ? y : Number.NaN);

/** Each observed value scored on its own by `f` (`NaN` for none), nothing capped unless `f` says so. */
function perCell(column: Pick<KernelColumn, 'xs' | 'scores' | 'capped'>, f: (x: number, u: number) => number): void {
  const { xs, scores, capped } = column;
  capped.fill(0);
  for (let u = 0; u < xs.length; u++) {
    const x = xs[u]!;
    scores[u] = x !== x ? Number.NaN : f(x, u);
  }
}

/** A column scored by a public function over the values (oriented by the direction when `oriented`), `null` for none. */
function perColumn(
  column: Pick<KernelColumn, 'xs' | 'direction' | 'scores' | 'capped'>,
  oriented: boolean,
  f: (values: Array<number | null>) => Array<number | null>,
  times = 1,
): void {
  const { xs, direction, scores, capped } = column;
  capped.fill(0);
  const d = oriented ? direction : 1;
  const out = f(Array.from(xs, (x) => (x !== x ? null : d === 1 ? x : d * x)));
  for (let u = 0; u < xs.length; u++) {
    const s = out[u];
    scores[u] = s === null || s === undefined ? Number.NaN : s * times;
  }
}

/**
 * The normalisation kernels, one per scoring method, each onto the common 0–100 scale of the
 * assessment: goalposts and min–max directly; distance to target × 100 (never below 0); efficacy
 * 60–100 as published; percent rank × 100; bands, boolean and deduction as the share of their full
 * points × 100; all-or-nothing 100 or 0 against the unit's own target; completion ratio × 100 (up to
 * its `max` × 100); z-scores, ranks and Borda counts as computed (unbounded: say so in the scheme if
 * you aggregate them); `value` as given (already normalised, e.g. SDG Index scores). Each kernel is
 * the public function of its method (`normalizeGoalposts`, …) or its formula (min–max:
 * `minMaxScales` and `minMaxScore`, which `normalizeMinMax` and the assessment's row pass use), so
 * every path gives the same bits. Every score is finite: one beyond ±1.8e308 is `NaN` (unscorable).
 * Each kernel sees the baseline and target only if its method reads them (`METHOD_READS`, through
 * {@link KernelColumnFor}).
 *
 * @example
 * NORMALIZE_KERNELS.minMax({ method: 'minMax' }, column); // column.scores now holds 0–100 scores
 */
export const NORMALIZE_KERNELS = {
  goalposts: (method, column) => {
    const { lower, upper } = method;
    const clamp = method.clamp ?? true;
    perCell(column, (x, u) => {
      // The public function validates the goalposts (and throws on bad ones) and clamps to [0, 100];
      // unclamped, a score beyond the doubles is null (unscorable). Only a bound can be a clamped score.
      const y = normalizeGoalposts(x, { lower, upper, clamp });
      if (clamp && (y === 0 || y === 100) && y !== normalizeGoalposts(x, { lower, upper, clamp: false }))
        column.capped[u] = 1;
      return y === null ? Number.NaN : y;
    });
  },
  minMax: (_, column) => {
    const { xs, direction, scores, capped } = column;
    const scale = minMaxScales(xs, xs.length, 1, new Int32Array(1), new Float64Array([direction]));
    const factor = scale.factor[0]!;
    const low = scale.low[0]!;
    const spread = scale.spread[0]!;
    capped.fill(0);
    for (let u = 0; u < xs.length; u++) {
      const x = xs[u]!;
      scores[u] = x !== x ? Number.NaN : minMaxScore(x, factor, low, spread);
    }
  },
  distanceToTarget: (method, column) => {
    const baseline = column.baseline;
    perCell(column, (x, u) => {
      const target = Number(column.targetOf(u));
      // normalizeDistanceToTarget's arithmetic, keeping progress beyond the doubles as ±∞ (it
      // gives null): far below the baseline is still 0 here, far above it still capped.
      if (target === baseline) return normalizeDistanceToTarget(x, { baseline, target }) === null ? Number.NaN : 100;
      const free = spanFraction(x, baseline, target);
      const d = (method.cap ?? true) && free > 1 ? 1 : free;
      if (d < 0 || d !== free) column.capped[u] = 1;
      return finiteOrNaN(Math.max(0, d) * 100);
    });
  },
  efficacy: (_, column) =>
    perColumn(column, false, (values) => normalizeEfficacy(values, { direction: column.direction })),
  // Rank-based and standardised methods order values ascending; lower-is-better flips the sign first.
  zScore: (_, column) => perColumn(column, true, (values) => normalizeZScore(values, {})),
  rank: (_, column) => perColumn(column, true, normalizeRank),
  percentRank: (_, column) => perColumn(column, true, normalizePercentRank, 100),
  borda: (_, column) => perColumn(column, true, normalizeBorda),
  bands: (method, column) => {
    const full = Math.max(...method.bands.map((b) => b.points));
    perCell(column, (x) => {
      const p = scoreBands(x, method.bands);
      return p === null || full <= 0 ? Number.NaN : finiteOrNaN((p / full) * 100);
    });
  },
  boolean: (method, column) =>
    perCell(column, (x) => {
      const p = scoreBoolean(x !== 0, { points: method.points });
      return p === null || method.points <= 0 ? Number.NaN : (p / method.points) * 100;
    }),
  deduction: (method, column) =>
    perCell(column, (x, u) => {
      const target = Number(column.targetOf(u));
      const p = scoreDeduction(x, {
        target,
        full: method.full,
        ratePerUnit: method.ratePerUnit,
        direction: column.direction,
      });
      return p === null || method.full <= 0 ? Number.NaN : (p / method.full) * 100;
    }),
  allOrNothing: (_, column) =>
    perCell(column, (x, u) => {
      const target = column.targetOf(u);
      // Yes/no values arrive as 1 / 0; a yes/no target is compared as one.
      const value = typeof target === 'boolean' ? x !== 0 : x;
      return scoreAllOrNothing(value, { target, comparator: column.comparator, full: 100 }) ?? Number.NaN;
    }),
  completionRatio: (method, column) =>
    perCell(column, (x, u) => {
      const target = Number(column.targetOf(u));
      const r = scoreCompletionRatio(x, { target, direction: column.direction, max: method.max });
      if (r === null) return Number.NaN;
      // Credited less than achieved (beyond max): censored, as goalposts flag a clamped score.
      if (r !== scoreCompletionRatio(x, { target, direction: column.direction, max: Infinity })) column.capped[u] = 1;
      return finiteOrNaN(r * 100);
    }),
  value: (_, { xs, scores, capped }) => {
    scores.set(xs);
    capped.fill(0);
  },
} satisfies Kernels;

/**
 * Scores a column with its method's kernel from {@link NORMALIZE_KERNELS}.
 *
 * @param method - The indicator's scoring method.
 * @param column - The column; its baseline and target may be `null` only where the method does not read them.
 * @throws TypeError when the method reads a baseline or target the column does not have (the
 *   indicator schema refuses such an indicator, so only a caller that skipped it gets here).
 * @example
 * normalizeWith({ method: 'goalposts', lower: 72.6, upper: 0 }, column);
 */
export function normalizeWith(method: ScoringMethod, column: KernelColumn): void {
  const reads = METHOD_READS[method.method];
  if (reads.baseline && column.baseline === null)
    throw new TypeError(`invalid column: the ${method.method} method reads a baseline, and the indicator has none`);
  if (reads.target && column.comparator === null)
    throw new TypeError(`invalid column: the ${method.method} method reads a target, and the indicator has none`);
  // The table is indexed by the method's own tag, so the entry takes this very variant; the checks
  // above give it the baseline and target it reads (targetFor is null only without a target).
  (NORMALIZE_KERNELS[method.method] as NormalizeKernel<ScoringMethod>)(method, column as never);
}
