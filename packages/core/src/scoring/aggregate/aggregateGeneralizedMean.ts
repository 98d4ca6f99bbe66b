import { binaryScale } from '../_lib/binaryExponent.js';
import { compensatedSum } from '../../_lib/compensatedSum.js';
import { presentPairs } from '../_lib/presentPairs.js';
import { SMALLEST_SAFE_SUM } from '../_lib/weightedMeanInto.js';
import { aggregateGeometricMean } from './aggregateGeometricMean.js';

/** Below this |p| the mean is taken as exp(log1p(Σ w̃ᵢ expm1(p ln xᵢ)) / p), exact as p → 0. */
const SMALL_P = 1e-3;
/**
 * Below this |p| the mean is the geometric mean to the last bit: M_p = G · exp(p σ²/2 + O(p²)),
 * σ² the weighted variance of ln x, at most 1454²/4 for doubles, so p σ²/2 < 2⁻⁸². (p ln x would
 * lose digits to underflow there.)
 */
const TINY_P = 2 ** -100;
/** Beyond this |p| the mean is the largest (p > 0) or smallest value to the last bit. */
const LARGE_P = 2 ** 70;

/**
 * Weighted generalised (power) mean `(Σ wᵢxᵢᵖ / Σ wᵢ)^(1/p)` over the present values (COINr
 * `a_genmean`): p = 1 arithmetic, p = 0 geometric (its limit), p = −1 harmonic. Edges: negative
 * values give `null` (powers of negatives are undefined for most p); with p < 0 a 0 gives 0; no
 * present value, all weights 0 or a negative weight give `null`. Any finite values, weights and p
 * give a finite mean within [min, max]: for |p| < 1e-3 the mean is taken through `expm1` and
 * `log1p`, which tend to the geometric mean as p → 0 instead of losing it (`xᵖ` rounds to 1),
 * and below 2⁻¹⁰⁰ it is the geometric mean, equal to the last bit; beyond 2⁷⁰ it is the largest
 * (p > 0) or smallest value, as p → ±∞; where `xᵢᵖ` or a sum overflows or underflows, the sum is
 * taken as a log-sum-exp relative to its largest term.
 *
 * @category Scoring
 * @param values - Values, `null` for missing.
 * @param weights - Weights in the same positions (default 1 when `undefined`).
 * @param p - The exponent.
 * @returns The mean.
 * @example
 * aggregateGeneralizedMean([1, 2, 3], undefined, 1) //=> 2
 * aggregateGeneralizedMean([1, 4], undefined, 1e-12) //=> 2.0000000000004805 (p → 0: the geometric mean, 2)
 */
export function aggregateGeneralizedMean(
  values: ReadonlyArray<number | null>,
  weights: ReadonlyArray<number> | undefined,
  p: number,
): number | null {
  if (!Number.isFinite(p)) return null;
  if (Math.abs(p) < TINY_P) return aggregateGeometricMean(values, weights);
  const pairs = presentPairs(values, weights);
  if (!pairs || pairs.xs.length === 0 || pairs.xs.some((x) => x < 0)) return null;
  const { xs, ws } = pairs;
  const total = compensatedSum(ws);
  if (!(total > 0)) return null;
  if (p < 0 && xs.some((x) => x === 0)) return 0;
  const [min, max] = [xs.reduce((a, b) => Math.min(a, b)), xs.reduce((a, b) => Math.max(a, b))];
  if (max === 0 || Math.abs(p) > LARGE_P) return p > 0 ? max : min;
  const within = (y: number): number => Math.min(Math.max(y, min), max);
  // Weights over a power of two at their largest: shares that neither overflow nor underflow.
  const scale = binaryScale(ws.reduce((a, b) => Math.max(a, b)));
  const shares = ws.map((w) => w / scale);
  const shareTotal = compensatedSum(shares);
  if (Math.abs(p) < SMALL_P) {
    const s = compensatedSum(xs.map((x, k) => shares[k]! * Math.expm1(p * Math.log(x)))) / shareTotal;
    return within(Math.exp(Math.log1p(s) / p));
  }
  const sum = compensatedSum(xs.map((x, k) => ws[k]! * x ** p));
  const inner = sum / total;
  const mean = inner ** (1 / p);
  // The plain formula where no power, product, sum or quotient left the normal doubles.
  if (
    total >= SMALLEST_SAFE_SUM &&
    total <= Number.MAX_VALUE &&
    sum >= SMALLEST_SAFE_SUM &&
    sum <= Number.MAX_VALUE &&
    inner >= SMALLEST_SAFE_SUM &&
    inner <= Number.MAX_VALUE &&
    mean > 0 &&
    mean <= Number.MAX_VALUE
  )
    return mean;
  // M is homogeneous: M(x) = X · M(x/X), with X a power of two at the value that dominates (the
  // largest for p > 0, the smallest for p < 0). Then ln Σ w̃ᵢ(xᵢ/X)ᵖ = L + ln Σ exp(aᵢ − L) with
  // aᵢ = ln w̃ᵢ + p ln(xᵢ/X) and L the largest: no term overflows or underflows (the logs of
  // ratios that would are taken as differences of logs), the dominant ones keep their digits, and
  // 0s add nothing for p > 0.
  const X = binaryScale(p > 0 ? max : min);
  const logs = xs.map((x, k) => (x === 0 ? Number.NEGATIVE_INFINITY : lnRatio(ws[k]!, scale) + p * lnRatio(x, X)));
  const L = logs.reduce((a, b) => Math.max(a, b));
  const lnSum = L + Math.log(compensatedSum(logs.map((a) => Math.exp(a - L)))) - Math.log(shareTotal);
  const m = Math.exp(lnSum / p) * X;
  // M/X itself beyond the doubles (values that span more than they hold): ln M directly.
  return within(m > 0 && m <= Number.MAX_VALUE ? m : Math.exp(lnSum / p + Math.log(X)));
}

/** ln(a / b) for a power of two b: exact digits where a / b is a normal double, else ln a − ln b. */
function lnRatio(a: number, b: number): number {
  const r = a / b;
  return r >= 2 ** -1022 && r <= Number.MAX_VALUE ? Math.log(r) : Math.log(a) - Math.log(b);
}
