import { FLAG, raise } from './cellFlags.js';
import { SMALLEST_SAFE_SUM } from '../_lib/weightedMeanInto.js';
import { scaledWeightedMean } from '../_lib/scaledWeightedMean.js';

/** Where {@link aggregateIndicatorColumns} reads and writes. */
export interface IndicatorColumns {
  /** Units. */
  n: number;
  /** Indicators per unit row. */
  m: number;
  normalized: Float64Array;
  /** Receives each present child's weight within the area. */
  weightUsed: Float64Array;
  flags: Uint8Array;
  /** Working columns to reuse from one area to the next (see {@link columnScratch}); made here if absent. */
  scratch?: ColumnScratch;
}

/** The per-unit running sums of {@link aggregateIndicatorColumns}, allocated once per run rather than once per area. */
export interface ColumnScratch {
  present: Float64Array;
  presentC: Float64Array;
  all: Float64Array;
  allC: Float64Array;
  sum: Float64Array;
  sumC: Float64Array;
  count: Int32Array;
  divisor: Float64Array;
}

/** Working columns for `n` units. */
export function columnScratch(n: number): ColumnScratch {
  const f = (): Float64Array => new Float64Array(n);
  return { present: f(), presentC: f(), all: f(), allC: f(), sum: f(), sumC: f(), count: new Int32Array(n), divisor: f() };
}

/**
 * An area whose children are all indicators, aggregated by weighted mean (`mean`) or weighted sum
 * for every unit at once, column by column like a hand-written kernel rather than unit by unit.
 * The per-unit sums are the same Neumaier-compensated sums, over the same children in the same
 * order, as `weightedMeanInto`, and a unit whose sums overflow or may have underflowed takes the
 * same scaled fallback, so the bits are the same. Writes the area's scores (`NaN` for none) to
 * `scores` and each cell's weight used; a unit with fewer present indicators than `minIndicators`
 * gets no score, and its present indicators are flagged `excluded`. Returns 1 per unit whose area
 * failed the minimum (for the caller's `missing` flag).
 */
export function aggregateIndicatorColumns(
  cols: IndicatorColumns,
  mean: boolean,
  index: Int32Array,
  ws: Float64Array,
  minIndicators: number | null,
  scores: Float64Array,
): Uint8Array {
  const { n, m, normalized, weightUsed, flags } = cols;
  const k = index.length;
  const scratch = cols.scratch ?? columnScratch(n);
  const { present, presentC, all, allC, sum, sumC, count, divisor } = scratch;
  for (const column of [present, presentC, all, allC, sum, sumC, count]) column.fill(0);
  for (let c = 0; c < k; c++) {
    const i = index[c]!;
    const w = ws[c]!;
    for (let u = 0; u < n; u++) {
      const x = normalized[u * m + i]!;
      if (!mean) {
        const a = all[u]!;
        const t = a + w;
        allC[u] = allC[u]! + (Math.abs(a) >= Math.abs(w) ? a - t + w : w - t + a);
        all[u] = t;
      }
      let term: number;
      if (x === x) {
        count[u] = count[u]! + 1;
        const p = present[u]!;
        const t = p + w;
        presentC[u] = presentC[u]! + (Math.abs(p) >= Math.abs(w) ? p - t + w : w - t + p);
        present[u] = t;
        // The weighted mean skips zero weights (as presentPairs does).
        if (mean && w === 0) continue;
        term = x * w;
      } else {
        if (mean) continue;
        term = 0;
      }
      const s = sum[u]!;
      const t = s + term;
      sumC[u] = sumC[u]! + (Math.abs(s) >= Math.abs(term) ? s - t + term : term - t + s);
      sum[u] = t;
    }
  }
  const failed = new Uint8Array(n);
  // Units whose sums overflowed or may have underflowed, for weightedMeanInto's scaled fallback.
  let rescale: number[] | null = null;
  for (let u = 0; u < n; u++) {
    if (minIndicators !== null && count[u]! < minIndicators) {
      failed[u] = 1;
      scores[u] = Number.NaN;
      divisor[u] = Number.NaN;
      continue;
    }
    // The running sum: the compensated one is NaN once the weights overflow.
    if (!(present[u]! > 0)) {
      scores[u] = Number.NaN;
      divisor[u] = Number.NaN;
      continue;
    }
    const d = mean ? present[u]! + presentC[u]! : all[u]! + allC[u]!;
    const s = sum[u]! + sumC[u]!;
    const y = s / d;
    // The test of weightedMeanInto, so that both take the fallback for the same units.
    if (Math.abs(s) >= SMALLEST_SAFE_SUM && d >= SMALLEST_SAFE_SUM && d < Number.POSITIVE_INFINITY && Math.abs(y) <= Number.MAX_VALUE) {
      divisor[u] = d;
      scores[u] = y;
    } else {
      divisor[u] = Number.NaN;
      (rescale ??= []).push(u);
    }
  }
  for (let c = 0; c < k; c++) {
    const i = index[c]!;
    const w = ws[c]!;
    for (let u = 0; u < n; u++) {
      const cell = u * m + i;
      if (normalized[cell]! !== normalized[cell]!) continue;
      if (failed[u] === 1) raise(flags, cell, FLAG.excluded);
      else weightUsed[cell] = w / divisor[u]!;
    }
  }
  if (rescale !== null) {
    const xs = new Float64Array(k);
    const used = new Float64Array(k);
    for (const u of rescale) {
      for (let c = 0; c < k; c++) xs[c] = normalized[u * m + index[c]!]!;
      scores[u] = scaledWeightedMean(xs, ws, k, mean, used);
      for (let c = 0; c < k; c++) if (xs[c] === xs[c]) weightUsed[u * m + index[c]!] = used[c]!;
    }
  }
  return failed;
}
