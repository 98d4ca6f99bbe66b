import { binaryScale } from '../_lib/binaryExponent.js';
import type { Unit } from '../../model/unit.schema.js';

/**
 * Groups units for a peer-group mean. With a tag prefix such as `region`, units tagged
 * `region:OECD` form one group and `region:LAC` another; units without such a tag have no peers.
 * Without a prefix, all units are one group. Returns each unit's group key (or `null`).
 */
export function peerGroups(units: ReadonlyArray<Unit>, tag: string | undefined): Array<string | null> {
  if (tag === undefined) return units.map(() => '*');
  const prefix = `${tag}:`;
  return units.map((u) => u.tags.find((t) => t.startsWith(prefix)) ?? null);
}

/**
 * The mean of each group's present values, by group key; values are summed in unit order. A sum
 * that overflows (scores near ±1.8e308) is taken again over the values divided by a power of two
 * at the largest and multiplied back (exact: the same bits where nothing overflows), so the mean
 * stays finite.
 */
export function groupMeans(
  values: ReadonlyArray<number | null>,
  groups: ReadonlyArray<string | null>,
): Map<string, number> {
  const members = new Map<string, number[]>();
  values.forEach((v, u) => {
    const g = groups[u];
    if (v === null || g === null || g === undefined) return;
    const list = members.get(g);
    if (list) list.push(v);
    else members.set(g, [v]);
  });
  return new Map([...members].map(([g, xs]) => [g, mean(xs)]));
}

function mean(xs: ReadonlyArray<number>): number {
  let sum = 0;
  for (const x of xs) sum += x;
  if (Math.abs(sum) <= Number.MAX_VALUE) return sum / xs.length;
  const largest = xs.reduce((a, x) => Math.max(a, Math.abs(x)), 0);
  const scale = binaryScale(largest);
  let scaled = 0;
  for (const x of xs) scaled += x / scale;
  const m = (scaled / xs.length) * scale;
  // No mean lies further from 0 than its largest value; rounding could take it an ulp past.
  return Math.abs(m) <= largest ? m : m < 0 ? -largest : largest;
}
