/**
 * Ranks scores from highest to lowest with competition ranking ("1224"): tied scores share the
 * best rank, and the next score skips the places they take. Missing scores get no rank. The
 * result does not depend on the order of the input beyond the positions it is returned in.
 *
 * @category Scoring
 * @param scores - One score per unit; `null` for a unit without a total.
 * @returns The rank of each score, in the same positions (`null` for missing scores).
 * @example
 * rankCompetition([86.4, 91.2, 86.4, null, 70]) //=> [2, 1, 2, null, 4]
 */
export function rankCompetition(scores: ReadonlyArray<number | null>): Array<number | null> {
  const n = scores.length;
  const value = new Float64Array(n);
  const position = new Int32Array(n);
  let ranked = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s === null || s === undefined || !Number.isFinite(s)) continue;
    value[ranked] = s;
    position[ranked++] = i;
  }
  const ascending = sortedOrder(value.subarray(0, ranked));
  const ranks = new Array<number | null>(n).fill(null);
  // Highest first; equal scores (0 and −0 too) are next to each other, and share the first rank.
  let previous = 0;
  let rank = 0;
  for (let k = 0; k < ranked; k++) {
    const p = ascending[ranked - 1 - k]!;
    const v = value[p]!;
    if (k === 0 || v !== previous) rank = k + 1;
    ranks[position[p]!] = rank;
    previous = v;
  }
  return ranks;
}

/**
 * The positions of `values` (finite) in ascending order, by a least-significant-digit radix sort
 * of their 64 bits, 8 bits a pass (the 8 digit counts taken in one read; a pass is skipped where
 * every value has the same digit): for thousands of units it takes about half the time of a native
 * sort of the values and a binary search for each unit, and its cost grows linearly. Fewer than 256
 * values are sorted by comparison. The bits are
 * mapped so that unsigned order is numeric order (−0 just below 0).
 */
function sortedOrder(values: Float64Array): Int32Array {
  const n = values.length;
  // A few scores: a comparison sort, without the radix sort's fixed cost (2,048 counters).
  if (n < 256) {
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[k] = k;
    return order.sort((a, b) => values[a]! - values[b]!);
  }
  const bits = new DataView(new ArrayBuffer(8 * n));
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const counts = new Int32Array(8 * 256);
  for (let k = 0; k < n; k++) {
    bits.setFloat64(8 * k, values[k]!, true);
    const h = bits.getUint32(8 * k + 4, true);
    const l = bits.getUint32(8 * k, true);
    // Negative numbers: every bit flipped (larger magnitude, smaller key); others: the sign bit set.
    const kh = h >= 0x80000000 ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    const kl = h >= 0x80000000 ? ~l >>> 0 : l;
    hi[k] = kh;
    lo[k] = kl;
    for (let b = 0; b < 4; b++) {
      const dl = 256 * b + ((kl >>> (8 * b)) & 255);
      const dh = 1024 + 256 * b + ((kh >>> (8 * b)) & 255);
      counts[dl] = counts[dl]! + 1;
      counts[dh] = counts[dh]! + 1;
    }
  }
  let order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  let next = new Int32Array(n);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass < 4 ? lo : hi;
    const shift = 8 * (pass % 4);
    const count = counts.subarray(256 * pass, 256 * pass + 256);
    if (n === 0 || count[(word[0]! >>> shift) & 255] === n) continue;
    for (let d = 0, at = 0; d < 256; d++) {
      const c = count[d]!;
      count[d] = at;
      at += c;
    }
    for (let k = 0; k < n; k++) {
      const p = order[k]!;
      const d = (word[p]! >>> shift) & 255;
      next[count[d]!] = p;
      count[d] = count[d]! + 1;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}
