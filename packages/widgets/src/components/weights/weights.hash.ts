import { toWeight } from './weights.areas.js';

/**
 * The hash parameter that holds the weights: `#weights=space:5,env:3,industry:1`.
 *
 * @category Layout
 * @example
 * new URLSearchParams(location.hash.slice(1)).get(WEIGHTS_HASH_KEY) //=> 'space:5,env:3,industry:1'
 */
export const WEIGHTS_HASH_KEY = 'weights';

/**
 * The hash parameter of one `<eco-weights>`: `weights` for an element without an `id`, else
 * `<id>.weights` (as other widgets scope their permalink keys by id), so two weighting panels on
 * one page keep separate weights in the address.
 *
 * @category Layout
 * @param id - The element's `id` (empty when it has none).
 * @returns The parameter name.
 * @example
 * weightsHashKey('') //=> 'weights'
 * weightsHashKey('mine') //=> 'mine.weights'
 */
export function weightsHashKey(id: string): string {
  return id ? `${id}.${WEIGHTS_HASH_KEY}` : WEIGHTS_HASH_KEY;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/**
 * The weights a shared address carries: the `weights` parameter of the hash, read with
 * `URLSearchParams`, as `id:value` pairs separated by commas. Values are rounded and clamped to
 * 0–5; pairs whose id is not one of `areaIds` or whose value is not a number are ignored.
 *
 * @category Layout
 * @param hash - `location.hash`, with or without the leading `#`.
 * @param areaIds - The ids of the areas that can be weighted.
 * @param key - The parameter: {@link WEIGHTS_HASH_KEY}, or {@link weightsHashKey} of the element.
 * @returns Area id → 0–5 for the valid pairs (maybe not every area), or `null` when there are none.
 * @example
 * readWeightsHash('#card.unit=xihu&weights=space:5,env:9,nowhere:2,industry:x', ['space', 'env', 'industry'])
 * //=> { space: 5, env: 5 }
 */
export function readWeightsHash(
  hash: string,
  areaIds: ReadonlyArray<string>,
  key: string = WEIGHTS_HASH_KEY,
): Record<string, number> | null {
  const text = new URLSearchParams(hash.replace(/^#/, '')).get(key);
  if (text === null) return null;
  const known = new Set(areaIds);
  // No prototype: an area id `__proto__` is stored as a key, not taken as the object's prototype.
  const out = Object.create(null) as Record<string, number>;
  let found = false;
  for (const pair of text.split(',')) {
    const colon = pair.lastIndexOf(':');
    if (colon <= 0) continue;
    const id = pair.slice(0, colon).trim();
    const value = toWeight(pair.slice(colon + 1));
    if (!known.has(id) || value === null) continue;
    out[id] = value;
    found = true;
  }
  return found ? out : null;
}

/**
 * The hash with the `weights` parameter set to `weights` (in `areaIds` order), or removed when
 * `weights` is `null` (the official weights). Every other parameter stays exactly as it was, in
 * place: the hash is split on `&` rather than re-serialised by `URLSearchParams`, which would turn
 * `#intro` into `#intro=` and re-encode other widgets' values.
 *
 * @category Layout
 * @param hash - The current `location.hash`.
 * @param weights - Area id → 0–5, or `null`.
 * @param areaIds - The areas, in the order to write them.
 * @param key - The parameter: {@link WEIGHTS_HASH_KEY}, or {@link weightsHashKey} of the element.
 * @returns The new hash with its `#`, or `''` when nothing is left.
 * @example
 * writeWeightsHash('#card.unit=xihu', { space: 5, env: 3, industry: 1 }, ['space', 'env', 'industry'])
 * //=> '#card.unit=xihu&weights=space:5,env:3,industry:1'
 * writeWeightsHash('#weights=space:5&intro', null, ['space']) //=> '#intro'
 */
export function writeWeightsHash(
  hash: string,
  weights: Readonly<Record<string, number>> | null,
  areaIds: ReadonlyArray<string>,
  key: string = WEIGHTS_HASH_KEY,
): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '');
  const at = parts.findIndex((p) => decode(p.split('=')[0]!) === key);
  const kept = parts.filter((p) => decode(p.split('=')[0]!) !== key);
  if (weights !== null) {
    const pairs = areaIds
      .filter((id) => Object.hasOwn(weights, id))
      .map((id) => `${encodeURIComponent(id).replace(/%3A/gi, ':')}:${toWeight(weights[id]) ?? 0}`);
    if (pairs.length > 0) kept.splice(at < 0 ? kept.length : at, 0, `${encodeURIComponent(key)}=${pairs.join(',')}`);
  }
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}
