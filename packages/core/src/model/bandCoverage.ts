import type { Band } from './band.schema.js';

/**
 * Where a band set of the `bands` method leaves values unscored or claims them twice: `gaps`
 * between the lowest and the highest edge (values there match no band), `overlaps` (values two
 * bands claim, resolved silently by their order), `empty` bands (no value can match) and whether
 * values `below` or `above` every band exist (they match none and earn 0, as `scoreBands` says).
 * Edges honour their inclusivity: `[80, 90)` and `[90, ∞)` meet exactly; `(90, ∞)` leaves 90 out.
 */
export interface BandCoverage {
  /** Each gap as its two edges: values strictly between them, and an edge itself when neither band includes it. */
  gaps: Array<{ from: number; to: number; band: number }>;
  /** Each overlap as the later band (by edge) and the band it overlaps. */
  overlaps: Array<{ band: number; with: number }>;
  /** Bands that contain no value (`min` above `max`, or equal edges not both included). */
  empty: number[];
  below: boolean;
  above: boolean;
}

interface Edge {
  at: number;
  included: boolean;
}

const minEdge = (b: Band): Edge => ({
  at: b.min ?? -Infinity,
  included: b.min === undefined || (b.minInclusive ?? true),
});
const maxEdge = (b: Band): Edge => ({
  at: b.max ?? Infinity,
  included: b.max === undefined || (b.maxInclusive ?? false),
});
/** Whether an interval ending at `end` and one starting at `start` share a value. */
const meet = (end: Edge, start: Edge): boolean =>
  end.at > start.at || (end.at === start.at && end.included && start.included);
/** Whether they leave a value between them that neither contains. */
const apart = (end: Edge, start: Edge): boolean =>
  start.at > end.at || (start.at === end.at && !end.included && !start.included);

/** Sweeps the bands in order of their lower edge (see {@link BandCoverage}). */
export function bandCoverage(bands: ReadonlyArray<Band>): BandCoverage {
  const out: BandCoverage = { gaps: [], overlaps: [], empty: [], below: true, above: true };
  const live: number[] = [];
  bands.forEach((b, k) => {
    const lo = minEdge(b);
    const hi = maxEdge(b);
    if (lo.at > hi.at || (lo.at === hi.at && !(lo.included && hi.included))) out.empty.push(k);
    else live.push(k);
  });
  if (live.length === 0) return out;
  // Lower edges first; at the same value an included edge starts earlier than an excluded one.
  live.sort((a, b) => {
    const x = minEdge(bands[a]!);
    const y = minEdge(bands[b]!);
    return x.at - y.at || (x.at === y.at ? Number(y.included) - Number(x.included) : 0) || a - b;
  });
  out.below = minEdge(bands[live[0]!]!).at !== -Infinity;
  let reach = maxEdge(bands[live[0]!]!);
  let reachBand = live[0]!;
  for (const k of live.slice(1)) {
    const lo = minEdge(bands[k]!);
    const hi = maxEdge(bands[k]!);
    if (apart(reach, lo)) out.gaps.push({ from: reach.at, to: lo.at, band: k });
    else if (meet(reach, lo)) out.overlaps.push({ band: k, with: reachBand });
    if (hi.at > reach.at || (hi.at === reach.at && hi.included && !reach.included)) {
      reach = hi;
      reachBand = k;
    }
  }
  out.above = reach.at !== Infinity;
  return out;
}
