/**
 * `record[key]` when the record holds `key` itself, else `undefined`: a key named like a member of
 * `Object.prototype` (`constructor`, `toString`, `__proto__`) that the record does not hold is
 * absent, never the inherited function. Every lookup by an id in a caller's record goes through it.
 *
 * @example
 * ownValue({}, 'constructor') //=> undefined (while ({})['constructor'] is Object)
 * ownValue({ xihu: ['nationalHonour'] }, 'xihu') //=> ['nationalHonour']
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
