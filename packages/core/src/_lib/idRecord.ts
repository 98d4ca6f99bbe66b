/**
 * An empty record keyed by ids, without a prototype: setting `out['__proto__']` stores a value
 * rather than replacing the prototype, and `out['constructor']` is undefined until set. Returned
 * records keyed by ids are made with it.
 *
 * @example
 * const out = idRecord<string[]>();
 * out['__proto__'] = ['z1']; Object.keys(out) //=> ['__proto__']
 */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
