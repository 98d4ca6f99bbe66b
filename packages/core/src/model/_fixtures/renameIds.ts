// Test support: renames ids throughout a framework or bundle, for the tests that run the example
// city under ids named after Object.prototype's members (issue 17, item 11).

// The fields that hold an id or a list of ids (of any kind).
const idKeys = new Set([
  'id',
  'parent',
  'area',
  'areas',
  'unit',
  'lead',
  'cooperating',
  'indicators',
  'indicator',
  'goal',
  'grade',
  'maxGrade',
  'measure',
  'node',
  'responsible',
  // The supervision ledgers' lists and holders of unit ids.
  'units',
  'attendees',
  'checker',
  'office',
]);

/**
 * A JSON value with every id (and every reference to one) in `rename` renamed. Keys are defined
 * as own properties, so a key named `__proto__` stays data.
 *
 * @example
 * renameIds({ units: [{ id: 'xihu' }] }, new Map([['xihu', 'constructor']])) //=> { units: [{ id: 'constructor' }] }
 */
export function renameIds(x: unknown, rename: ReadonlyMap<string, string>, key = ''): unknown {
  if (typeof x === 'string') return idKeys.has(key) ? (rename.get(x) ?? x) : x;
  if (Array.isArray(x)) return x.map((v) => renameIds(v, rename, key));
  if (typeof x === 'object' && x !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      Object.defineProperty(out, k, {
        value: renameIds(v, rename, k),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return x;
}
