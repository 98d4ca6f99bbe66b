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

/** The mean of each group's present values, by group key; values are summed in unit order. */
export function groupMeans(values: ReadonlyArray<number | null>, groups: ReadonlyArray<string | null>): Map<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  values.forEach((v, u) => {
    const g = groups[u];
    if (v === null || g === null || g === undefined) return;
    const s = sums.get(g) ?? { sum: 0, n: 0 };
    s.sum += v;
    s.n += 1;
    sums.set(g, s);
  });
  return new Map([...sums].map(([g, s]) => [g, s.sum / s.n]));
}
