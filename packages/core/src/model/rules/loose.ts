// Defensive readers for rule checks that must run even when the document failed its type checks,
// so one run reports every problem. They never throw on any input.
export type Loose = Record<string, unknown>;

export const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The entries of `doc[key]` that are objects, with their index. */
export function entries(doc: unknown, key: string): Array<[Loose, number]> {
  const list = isObject(doc) ? doc[key] : undefined;
  if (!Array.isArray(list)) return [];
  const out: Array<[Loose, number]> = [];
  list.forEach((item, i) => {
    if (isObject(item)) out.push([item, i]);
  });
  return out;
}

/** A string field, or undefined. */
export const str = (o: unknown, key: string): string | undefined => {
  const v = isObject(o) ? o[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** A finite number field, or undefined. */
export const num = (o: unknown, key: string): number | undefined => {
  const v = isObject(o) ? o[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** The ids declared in a collection. */
export const idsOf = (doc: unknown, key: string): Set<string> =>
  new Set(
    entries(doc, key)
      .map(([o]) => str(o, 'id'))
      .filter((x): x is string => x !== undefined),
  );
