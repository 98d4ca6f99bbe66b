import { FLAG } from './cellFlags.js';
import { cellScore, type ScoreColumns } from './cellScore.js';
import { minMaxScore } from '../_lib/minMaxScore.js';
import { ROW_SOURCE, type RowAreas } from './rowAreas.js';
import { SMALLEST_SAFE_SUM } from '../_lib/weightedMeanInto.js';
import { scaledWeightedMean } from '../_lib/scaledWeightedMean.js';
import { neumaierError } from '../../_lib/neumaierError.js';

/** The cell columns {@link aggregateRowAreas} reads, and the cell flags it raises. */
export interface RowCells extends ScoreColumns {
  /** Units. */
  n: number;
  /** Raised: `missing` and `imputed` or `excluded` on missing values of the pass's own indicators; `excluded` below `minIndicators`. */
  flags: Uint8Array;
}

/** Where {@link aggregateRowAreas} writes, area `a` of unit `u` at `a * n + u`. */
export interface RowAreaColumns {
  /** The area's score, `NaN` for none. */
  score: Float64Array;
  /** Raised: `missing` where the area has no score. */
  flags: Uint8Array;
  /** The weight the unit's child weights are divided by (see `cellWeight`), `NaN` when none is. */
  divisor: Float64Array;
  /** Where the scaled fallback gave the score (divisor `NaN`): the children's weights used, in child order. */
  scaled: Map<number, Float64Array>;
}

const MISSING_IMPUTED = FLAG.missing | FLAG.imputed;
const MISSING_EXCLUDED = FLAG.missing | FLAG.excluded;
const NOT_APPLICABLE = FLAG.notApplicable;

/**
 * Scores every row area ({@link RowAreas}) of every unit in one pass along the rows: each child's
 * 0–100 score (worked out here from the raw value for min–max and `value` indicators, with their
 * missing-data policy, or read from `normalized`), then the weighted mean or sum as
 * Neumaier-compensated sums held in locals. Each cell is read once, and nothing is written per
 * cell but the flags of missing values: the scores and weights are worked out again when the
 * trace is read. A child that does not apply to the unit (`notApplicable`) has no score and takes
 * no missing-data policy; an area none of whose children applies is itself not applicable. The kernels are those of `normalizeMinMax` (`minMaxScore`), of the policies
 * (their fills) and of the weighted means (`weightedMeanInto`'s steps, with the operations in the
 * same order, children in declared order, and the same scaled fallback), so the bits are theirs. A unit below the area's `minIndicators`
 * gets no score, and its present cells are flagged `excluded`.
 */
export function aggregateRowAreas(cells: RowCells, out: RowAreaColumns): void {
  const { n, m, raw, normalized, flags, rows } = cells;
  const { areas, mean, minIndicators, propagates, start, child, weight } = rows;
  const { score: scores, flags: areaFlags, divisor } = out;
  const R = areas.length;
  // Each area's total weight (the running sum and the compensated one), summed in the same order as
  // a unit's present weight, so a unit with every child present has exactly these.
  const total = new Float64Array(R);
  const totalRun = new Float64Array(R);
  const sums = new Float64Array(2);
  for (let r = 0; r < R; r++) {
    weightSums(weight, null, start[r]!, start[r + 1]!, sums, 0);
    totalRun[r] = sums[0]!;
    total[r] = sums[1]!;
  }
  const kids = children(cells);
  const { how: cHow, factor: cFactor, low: cLow, spread: cSpread, fill: cFill } = kids;
  // A unit's child scores, for the rare second look.
  let widest = 0;
  for (let r = 0; r < R; r++) widest = Math.max(widest, start[r + 1]! - start[r]!);
  const xs = new Float64Array(widest);
  // As locals: a property read per cell is measurable here.
  const NORMALIZED = ROW_SOURCE.normalized;
  const VALUE = ROW_SOURCE.value;
  for (let u = 0; u < n; u++) {
    const row = u * m;
    for (let r = 0; r < R; r++) {
      const from = start[r]!;
      const to = start[r + 1]!;
      const isMean = mean[r] === 1;
      let sum = 0;
      let sumC = 0;
      let count = 0;
      // Children that do not apply to the unit (counted on the rare path only).
      let skipped = 0;
      // The children without a score, as bits (set on the rare path only; read when k ≤ 30).
      let absent = 0;
      for (let j = from; j < to; j++) {
        const cell = row + child[j]!;
        const how = cHow[j]!;
        let x: number;
        if (how === NORMALIZED) x = normalized[cell]!;
        else {
          const v = raw[cell]!;
          if (v !== v) {
            // A cell that does not apply has no score and takes no policy (its flag is raised already).
            if (flags[cell] === NOT_APPLICABLE) x = Number.NaN;
            else {
              x = cFill[j]!;
              flags[cell] = x === x ? MISSING_IMPUTED : MISSING_EXCLUDED;
            }
          } else x = how === VALUE ? v : minMaxScore(v, cFactor[j]!, cLow[j]!, cSpread[j]!);
        }
        const w = weight[j]!;
        let term: number;
        if (x === x) {
          count++;
          // The weighted mean skips zero weights (as presentPairs does).
          if (isMean && w === 0) continue;
          term = x * w;
        } else {
          absent |= 1 << (j - from);
          if ((flags[cell]! & NOT_APPLICABLE) !== 0) skipped++;
          if (isMean) continue;
          term = 0;
        }
        const t = sum + term;
        sumC += neumaierError(sum, term, t);
        sum = t;
      }
      const at = areas[r]! * n + u;
      if (skipped !== 0 && skipped === to - from) {
        // No child applies to the unit: neither does the area (no score, and no policy for it).
        scores[at] = Number.NaN;
        divisor[at] = Number.NaN;
        areaFlags[at] = areaFlags[at]! | FLAG.notApplicable;
        continue;
      }
      // Under `propagate` (minimum: every child) the children that do not apply are not asked for.
      if (count < minIndicators[r]! - (skipped !== 0 && propagates[r] === 1 ? skipped : 0)) {
        scores[at] = Number.NaN;
        divisor[at] = Number.NaN;
        areaFlags[at] = areaFlags[at]! | FLAG.missing;
        for (let j = from; j < to; j++) {
          const x = cellScore(cells, row + child[j]!);
          if (x === x) flags[row + child[j]!] = flags[row + child[j]!]! | FLAG.excluded;
        }
        continue;
      }
      // The steps of weightedMeanInto, the weighted aggregation kernel: no score
      // without a positive present weight (the running sum: the compensated one is NaN once the
      // weights overflow), and the scaled fallback where the sums overflow or may have underflowed.
      const k = to - from;
      let d: number;
      if (count === k) {
        if (!(totalRun[r]! > 0)) {
          none(out, at);
          continue;
        }
        // Every child present: the present weight is the area's total.
        d = total[r]!;
      } else {
        // A child missing (at W, 2 % of values: about one unit and area in five): the present
        // weights are those of the children not marked absent (beyond 30 children, a second look).
        if (k <= 30) weightSums(weight, null, from, to, sums, absent);
        else weightSums(weight, scoredIn(cells, row, from, to, xs), from, to, sums, 0);
        if (!(sums[0]! > 0)) {
          none(out, at);
          continue;
        }
        // The sum divides by every declared weight, the mean by the present ones.
        d = isMean ? sums[1]! : total[r]!;
      }
      const s = sum + sumC;
      const y = s / d;
      if (
        Math.abs(s) >= SMALLEST_SAFE_SUM &&
        d >= SMALLEST_SAFE_SUM &&
        d < Number.POSITIVE_INFINITY &&
        Math.abs(y) <= Number.MAX_VALUE
      ) {
        scores[at] = y;
        divisor[at] = d;
        continue;
      }
      // Its weights used are kept as the fallback gives them (rare: sums of 0 or at the edges of the doubles).
      const used = new Float64Array(k);
      const score = scaledWeightedMean(scoredIn(cells, row, from, to, xs), weight.subarray(from, to), k, isMean, used);
      scores[at] = score;
      divisor[at] = Number.NaN;
      out.scaled.set(at, used);
      if (score !== score) areaFlags[at] = areaFlags[at]! | FLAG.missing;
    }
  }
}

/** No score for area and unit `at`: no weight divides, `missing` raised. */
function none(out: RowAreaColumns, at: number): void {
  out.score[at] = Number.NaN;
  out.divisor[at] = Number.NaN;
  out.flags[at] = out.flags[at]! | FLAG.missing;
}

/** The scores of the children `from`…`to − 1` in the row (`NaN` for none), into `xs` from 0 on. */
function scoredIn(cells: RowCells, row: number, from: number, to: number, xs: Float64Array): Float64Array {
  const child = cells.rows.child;
  for (let j = from; j < to; j++) xs[j - from] = cellScore(cells, row + child[j]!);
  return xs.subarray(0, to - from);
}

/**
 * The running and the Neumaier-compensated sums of `weight[from…to − 1]` in order, into `out[0]`
 * and `out[1]`, leaving out the children whose score in `xs` (from 0 on, when given) is `NaN` and
 * those whose bit `j − from` is set in `absent`.
 */
function weightSums(
  weight: Float64Array,
  xs: Float64Array | null,
  from: number,
  to: number,
  out: Float64Array,
  absent: number,
): void {
  let sum = 0;
  let c = 0;
  for (let j = from; j < to; j++) {
    if ((xs !== null && xs[j - from]! !== xs[j - from]!) || (absent & (1 << (j - from))) !== 0) continue;
    const w = weight[j]!;
    const t = sum + w;
    c += neumaierError(sum, w, t);
    sum = t;
  }
  out[0] = sum;
  out[1] = sum + c;
}

/** What the row pass needs of each child of its areas, in child order (sequential reads, no indirection). */
interface Children {
  how: Uint8Array;
  factor: Float64Array;
  low: Float64Array;
  spread: Float64Array;
  fill: Float64Array;
}

function children(cells: RowCells): Children {
  const { child, source, fill } = cells.rows;
  const J = child.length;
  const kids: Children = {
    how: new Uint8Array(J),
    factor: new Float64Array(J),
    low: new Float64Array(J),
    spread: new Float64Array(J),
    fill: new Float64Array(J),
  };
  // Plain loops: TypedArray.from with a mapping callback costs more than the rest of a small run.
  for (let j = 0; j < J; j++) {
    const i = child[j]!;
    kids.how[j] = source[i]!;
    kids.factor[j] = cells.factor[i]!;
    kids.low[j] = cells.low[i]!;
    kids.spread[j] = cells.spread[i]!;
    kids.fill[j] = fill[i]!;
  }
  return kids;
}
