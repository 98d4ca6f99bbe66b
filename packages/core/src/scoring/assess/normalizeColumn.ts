import type { Indicator } from '../../model/indicator.schema.js';
import { normalizeGoalposts } from '../normalize/normalizeGoalposts.js';
import { normalizeMinMax } from '../normalize/normalizeMinMax.js';
import { normalizeDistanceToTarget } from '../normalize/normalizeDistanceToTarget.js';
import { normalizeEfficacy } from '../normalize/normalizeEfficacy.js';
import { normalizeZScore } from '../normalize/normalizeZScore.js';
import { normalizeRank } from '../normalize/normalizeRank.js';
import { normalizePercentRank } from '../normalize/normalizePercentRank.js';
import { normalizeBorda } from '../normalize/normalizeBorda.js';
import { scoreBands } from '../score/scoreBands.js';
import { scoreBoolean } from '../score/scoreBoolean.js';
import { scoreDeduction } from '../score/scoreDeduction.js';
import { spanFraction } from '../_lib/spanFraction.js';
import { FLAG } from './cellFlags.js';

/** One indicator's values across units, normalised onto 0–100, with the cells a bound censored. */
export interface NormalizedColumn {
  scores: Array<number | null>;
  capped: boolean[];
}

const toNumber = (v: number | boolean | null): number | null => (v === null ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);
/** A score beyond ±1.8e308 cannot be represented: the cell is unscorable, like a missing value. */
const finiteOrNull = (y: number): number | null => (Math.abs(y) <= Number.MAX_VALUE ? y : null);

/**
 * Normalises one indicator's raw values (one per unit) with the indicator's declared method, onto
 * a common 0–100 scale: goalposts and min–max directly; distance to target × 100 (never below 0);
 * efficacy 60–100 as published; percent rank × 100; bands, boolean and deduction as the share of
 * their full points × 100; z-scores, ranks and Borda counts as computed (unbounded: say so in the
 * scheme if you aggregate them); `value` as given (already normalised, e.g. SDG Index scores).
 * `targets` holds each unit's target (class targets already resolved). Every score is finite: one
 * that would lie beyond ±1.8e308 (unclamped goalposts or uncapped progress far outside, negative
 * band points over tiny positive ones) is `null`, and the cell is flagged `unscorable`.
 */
export function normalizeColumn(
  indicator: Indicator,
  direction: 1 | -1,
  raw: ReadonlyArray<number | boolean | null>,
  targets: ReadonlyArray<number | boolean>,
): NormalizedColumn {
  const xs = raw.map(toNumber);
  const capped = xs.map(() => false);
  const method = indicator.scoring;
  // Rank-based and standardised methods order values ascending; lower-is-better flips the sign first.
  const oriented = xs.map((x) => (x === null ? null : direction * x));
  const perCell = (f: (x: number, u: number) => number | null): Array<number | null> =>
    xs.map((x, u) => (x === null ? null : f(x, u)));
  let scores: Array<number | null>;
  switch (method.method) {
    case 'goalposts':
      scores = perCell((x, u) => {
        const y = normalizeGoalposts(x, { lower: method.lower, upper: method.upper, clamp: method.clamp ?? true });
        const free = normalizeGoalposts(x, { lower: method.lower, upper: method.upper, clamp: false });
        capped[u] = y !== free;
        return y;
      });
      break;
    case 'minMax':
      scores = normalizeMinMax(xs, { direction, range: [0, 100] });
      break;
    case 'distanceToTarget':
      scores = perCell((x, u) => {
        const target = Number(targets[u]);
        const baseline = Number(indicator.baseline.value);
        // normalizeDistanceToTarget's arithmetic, keeping progress beyond the doubles as ±∞ (it
        // gives null): far below the baseline is still 0 here, far above it still capped.
        if (target === baseline) return normalizeDistanceToTarget(x, { baseline, target }) === null ? null : 100;
        const free = spanFraction(x, baseline, target);
        const d = (method.cap ?? true) && free > 1 ? 1 : free;
        capped[u] = d < 0 || d !== free;
        return finiteOrNull(Math.max(0, d) * 100);
      });
      break;
    case 'efficacy':
      scores = normalizeEfficacy(xs, { direction });
      break;
    case 'zScore':
      scores = normalizeZScore(oriented, {});
      break;
    case 'rank':
      scores = normalizeRank(oriented);
      break;
    case 'percentRank':
      scores = normalizePercentRank(oriented).map((p) => (p === null ? null : p * 100));
      break;
    case 'borda':
      scores = normalizeBorda(oriented);
      break;
    case 'bands': {
      const full = Math.max(...method.bands.map((b) => b.points));
      scores = perCell((x) => {
        const p = scoreBands(x, method.bands);
        return p === null || full <= 0 ? null : finiteOrNull((p / full) * 100);
      });
      break;
    }
    case 'boolean':
      scores = perCell((x) => {
        const p = scoreBoolean(x !== 0, { points: method.points });
        return p === null || method.points <= 0 ? null : (p / method.points) * 100;
      });
      break;
    case 'deduction':
      scores = perCell((x, u) => {
        const p = scoreDeduction(x, { target: Number(targets[u]), full: method.full, ratePerUnit: method.ratePerUnit, direction });
        return p === null || method.full <= 0 ? null : (p / method.full) * 100;
      });
      break;
    case 'value':
      scores = xs.slice();
      break;
  }
  return { scores, capped };
}

/**
 * {@link normalizeColumn} over typed columns, for large runs: `xs` holds one value per unit (`NaN`
 * for none, booleans as 1 / 0), `scores` receives the 0–100 scores (`NaN` for none) and `flags` gets
 * the `capped` bit. Goalposts and `value` are computed in place with exactly the arithmetic of
 * {@link normalizeGoalposts}, so both paths give the same bits and flags; the other methods go through
 * {@link normalizeColumn}. (Min–max with the usual policies is scored along the rows before this:
 * see `scoreRowWise`.) `targetOf(u)` gives unit `u`'s target.
 */
export function normalizeColumnInto(
  indicator: Indicator,
  direction: 1 | -1,
  xs: Float64Array,
  targetOf: (u: number) => number | boolean,
  scores: Float64Array,
  capped: Uint8Array,
): void {
  const n = xs.length;
  const method = indicator.scoring;
  capped.fill(0);
  switch (method.method) {
    case 'goalposts': {
      const { lower, upper } = method;
      const clamp = method.clamp ?? true;
      const plainSpan = Math.abs(upper - lower) <= Number.MAX_VALUE;
      for (let u = 0; u < n; u++) {
        const x = xs[u]!;
        if (x !== x) {
          scores[u] = Number.NaN;
          continue;
        }
        // The public function validates the goalposts (and throws on bad ones) and clamps to [0, 100];
        // unclamped, a score beyond the doubles is null (unscorable). The flag needs the free score
        // only to compare: where upper − lower is finite the plain formula does (an overflow to ±∞
        // is beyond the bounds, so capped), else the public function's.
        const y = normalizeGoalposts(x, { lower, upper, clamp });
        const free = !clamp ? y : plainSpan ? ((x - lower) / (upper - lower)) * 100 : normalizeGoalposts(x, { lower, upper, clamp: false });
        scores[u] = y === null ? Number.NaN : y;
        if (y !== free) capped[u] = FLAG.capped;
      }
      return;
    }
    case 'value':
      scores.set(xs);
      return;
    default: {
      const raw = Array.from(xs, (x) => (x !== x ? null : x));
      const targets = Array.from(xs, (_, u) => targetOf(u));
      const out = normalizeColumn(indicator, direction, raw, targets);
      for (let u = 0; u < n; u++) {
        const s = out.scores[u];
        scores[u] = s === null || s === undefined ? Number.NaN : s;
        if (out.capped[u]) capped[u] = FLAG.capped;
      }
    }
  }
}
