/**
 * Reading and writing a widget's view state in the URL hash, as `URLSearchParams`:
 * `#scorecard.unit=gangkou&scorecard.view=measures&weights=space:5`. Each widget owns the keys
 * under its scope (its `id`, else its tag name); every other key in the hash is kept as it was.
 */

/**
 * The hash's parameters that belong to `scope`, without the `scope.` prefix.
 *
 * @category Layout
 * @param hash - `location.hash`, with or without the leading `#`.
 * @param scope - The widget's scope, e.g. `scorecard` or the element's id.
 * @returns Key → value.
 * @example
 * readScopedHash('#card.unit=gangkou&card.view=measures&other=1', 'card') //=> { unit: 'gangkou', view: 'measures' }
 */
export function readScopedHash(hash: string, scope: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    if (key.startsWith(`${scope}.`)) out[key.slice(scope.length + 1)] = value;
  }
  return out;
}

/**
 * The hash with `scope`'s keys replaced by `state` (a `null` or empty value removes the key);
 * keys of other scopes and their order are kept.
 *
 * @category Layout
 * @param hash - The current `location.hash`.
 * @param scope - The widget's scope.
 * @param state - Key → value to write.
 * @returns The new hash, with its `#` (or `''` when nothing is left).
 * @example
 * writeScopedHash('#other=1&card.unit=xihu', 'card', { unit: 'gangkou', sort: null }) //=> '#other=1&card.unit=gangkou'
 */
export function writeScopedHash(hash: string, scope: string, state: Readonly<Record<string, string | null>>): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const [key, value] of Object.entries(state)) {
    if (value === null || value === '') params.delete(`${scope}.${key}`);
    else params.set(`${scope}.${key}`, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
