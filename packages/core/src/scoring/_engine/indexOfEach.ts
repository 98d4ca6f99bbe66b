/**
 * Where each of `wanted` is in `ids` (−1 where absent; the last position of a name `ids` holds
 * twice, as a map would say). One of the two lists must hold no name twice (framework ids). When
 * the lists are the same, as they are for a cube or table built in framework order, that is
 * settled by comparing them, without building a map of thousands of names on every run.
 */
export function indexOfEach(ids: ReadonlyArray<string>, wanted: ReadonlyArray<string>): Int32Array {
  const out = new Int32Array(wanted.length);
  let same = ids.length === wanted.length;
  for (let k = 0; k < wanted.length && same; k++) {
    out[k] = k;
    same = ids[k] === wanted[k];
  }
  if (same) return out;
  const index = new Map(ids.map((id, k) => [id, k]));
  for (let k = 0; k < wanted.length; k++) out[k] = index.get(wanted[k]!) ?? -1;
  return out;
}
