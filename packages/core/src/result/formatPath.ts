const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a developer would type it: `indicators[3].target.value`. Keys that are
 * not identifiers are quoted: `units["东区"]`.
 *
 * @category Model
 * @param path - Object keys and array indexes.
 * @returns The display form; the empty path is `''`.
 * @example
 * formatPath(['indicators', 3, 'target', 'value']) //=> 'indicators[3].target.value'
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && identifier.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
