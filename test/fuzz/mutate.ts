// Mutation fuzzing: arbitraries of edits to a seed document (JSON) or a seed CSV text, and the
// functions that apply them without touching the seed (copy on write along the edited path).
import fc from 'fast-check';

export type Key = string | number;
export type Path = ReadonlyArray<Key>;

const isContainer = (x: unknown): x is Record<Key, unknown> => typeof x === 'object' && x !== null;
const hasOwn = (o: object, key: Key): boolean => Object.hasOwn(o, key);

/** Sets an own data property, also for keys such as `__proto__` that plain assignment would treat specially. */
function put(o: Record<Key, unknown>, key: Key, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A shallow copy that keeps own keys such as `__proto__` as data. */
function copyOf(o: Record<Key, unknown>): Record<Key, unknown> {
  if (Array.isArray(o)) return o.slice() as unknown as Record<Key, unknown>;
  const out: Record<Key, unknown> = {};
  for (const key of Object.keys(o)) put(out, key, o[key]);
  return out;
}

/** Every path in a document, the root first. */
export function pathsOf(doc: unknown, path: Key[] = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(doc)) doc.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (isContainer(doc)) for (const key of Object.keys(doc)) pathsOf(doc[key], [...path, key], out);
  return out;
}

function getAt(doc: unknown, path: Path): { found: boolean; value?: unknown } {
  let node = doc;
  for (const key of path) {
    if (!isContainer(node) || !hasOwn(node, key)) return { found: false };
    node = node[key];
  }
  return { found: true, value: node };
}

/** Replaces the node at `path` with `edit(node)` (`undefined` from `edit` deletes it); copies only along the path. */
function editAt(doc: unknown, path: Path, edit: (node: unknown) => unknown): unknown {
  if (path.length === 0) return edit(doc);
  const [key, ...rest] = path as [Key, ...Key[]];
  if (!isContainer(doc) || !hasOwn(doc, key)) return doc;
  const copy = copyOf(doc);
  const next = rest.length === 0 ? edit(doc[key]) : editAt(doc[key], rest, edit);
  if (next === DELETE) {
    if (Array.isArray(copy)) (copy as unknown as unknown[]).splice(Number(key), 1);
    else delete copy[key];
  } else put(copy, key, next);
  return copy;
}

const DELETE = Symbol('delete');

/** The longest prefix of `path` (itself included) whose node satisfies `test` in `doc`. */
function nearest(doc: unknown, path: Path, test: (node: unknown, prefix: Path) => boolean): Path | null {
  for (let k = path.length; k >= 0; k--) {
    const prefix = path.slice(0, k);
    const at = getAt(doc, prefix);
    if (at.found && test(at.value, prefix)) return prefix;
  }
  return null;
}

/** Nested arrays `depth` deep: for parsers that recurse. */
function deep(depth: number): unknown {
  let x: unknown = 0;
  for (let k = 0; k < depth; k++) x = [x];
  return x;
}

/** Numbers at the edges: zero signs, the extremes of doubles, NaN and the infinities (not JSON, but a parser takes any value). */
export const edgeNumber = fc.constantFrom(
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  100,
  101,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  1e-300,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);

/** Strings that break naive parsers: number-like, period-like, id-like, unicode, control characters, huge. */
export const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '-1e999',
    '-0',
    '0x10',
    '1,100',
    '1 100',
    '１２',
    '12abc',
    'null',
    'true',
    '2025',
    '2025-13',
    '2025-02-29',
    '2024-02-29',
    '2025-Q5',
    '2025-Q0',
    '0000',
    '99999',
    '2025-1-1',
    '2025-07-15',
    ' 2025',
    '东区',
    'العربية',
    '\u202eevil',
    '\u0000',
    '\uFEFF',
    '\uD800',
    '\uDC00x',
    '👩‍👩‍👧',
    'e\u0301',
    'a b',
    'a,b',
    'a"b',
    '"',
    '\n',
    '\r\n',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '<script>alert(1)</script>',
    '${x}',
    '%s%n',
    '../../etc/passwd',
    'x'.repeat(101),
    'x'.repeat(100_000),
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Any value a mutation can put somewhere: edge numbers, nasty strings, other types, deep nesting. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: edgeNumber, weight: 3 },
  { arbitrary: nastyString, weight: 4 },
  { arbitrary: fc.double(), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      null,
      undefined,
      true,
      false,
      [],
      {},
      [[]],
      { zh: '' },
      { en: 'x', zh: 'y', extra: 1 },
      deep(5_000),
    ),
    weight: 2,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
);

/** One edit of a JSON document, located by a path of the seed. */
export type JsonMutation =
  | { kind: 'delete'; at: Path }
  | { kind: 'set'; at: Path; value: unknown }
  | { kind: 'retype'; at: Path }
  | { kind: 'duplicate'; at: Path }
  | { kind: 'addKey'; at: Path; key: string; value: unknown }
  | { kind: 'copyFrom'; at: Path; from: Path }
  | { kind: 'cycle'; at: Path };

/** A value of another type carrying the same content (a number as text, a list as an object, …). */
function retype(x: unknown): unknown {
  if (typeof x === 'number') return String(x);
  if (typeof x === 'string') return x.trim() !== '' && !Number.isNaN(Number(x)) ? Number(x) : x.length;
  if (typeof x === 'boolean') return String(x);
  if (Array.isArray(x)) return Object.fromEntries(x.map((v, i) => [String(i), v]));
  if (isContainer(x)) return Object.values(x);
  return {};
}

/**
 * Mutations of a seed: any edit at any node, and, as often, a new number at a number or a new
 * string at a string (edits that keep the shape, so that more mutants parse and reach `assess`).
 * The path shows in a counterexample.
 */
export function jsonMutation(seed: unknown): fc.Arbitrary<JsonMutation> {
  const paths = pathsOf(seed);
  const leaves = (type: string): Path[] => paths.filter((p) => typeof getAt(seed, p).value === type);
  const pathIn = (list: ReadonlyArray<Path>) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i]!);
  const at = pathIn(paths);
  const numbers = leaves('number');
  const strings = leaves('string');
  const anyEdit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at }),
    { arbitrary: fc.record({ kind: fc.constant('set' as const), at, value: nastyValue }), weight: 3 },
    fc.record({ kind: fc.constant('retype' as const), at }),
    fc.record({ kind: fc.constant('duplicate' as const), at }),
    fc.record({
      kind: fc.constant('addKey' as const),
      at,
      key: fc.oneof(nastyString, fc.constantFrom('id', 'weight', 'parent', '__proto__')),
      value: nastyValue,
    }),
    { arbitrary: fc.record({ kind: fc.constant('copyFrom' as const), at, from: at }), weight: 2 },
    fc.record({ kind: fc.constant('cycle' as const), at }),
  );
  const number = fc.oneof(
    { arbitrary: edgeNumber, weight: 1 },
    { arbitrary: fc.integer({ min: -5, max: 200 }), weight: 2 },
    { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 2 },
  );
  const keepShape: Array<fc.Arbitrary<JsonMutation>> = [];
  if (numbers.length > 0)
    keepShape.push(fc.record({ kind: fc.constant('set' as const), at: pathIn(numbers), value: number }));
  if (strings.length > 0)
    keepShape.push(fc.record({ kind: fc.constant('set' as const), at: pathIn(strings), value: nastyString }));
  return keepShape.length === 0 ? anyEdit : fc.oneof(anyEdit, ...keepShape);
}

/** Applies one mutation; a mutation whose path no longer exists leaves the document as it is. */
export function applyJsonMutation(doc: unknown, m: JsonMutation): unknown {
  switch (m.kind) {
    case 'delete':
      return m.at.length === 0 ? undefined : editAt(doc, m.at, () => DELETE);
    case 'set':
      return editAt(doc, m.at, () => m.value);
    case 'retype':
      return editAt(doc, m.at, retype);
    case 'duplicate': {
      // Duplicates the enclosing array entry: duplicate ids, duplicate observations.
      const item = nearest(doc, m.at, (_, p) => p.length > 0 && Array.isArray(getAt(doc, p.slice(0, -1)).value));
      if (item === null) return doc;
      const index = Number(item[item.length - 1]);
      return editAt(doc, item.slice(0, -1), (list) => {
        const copy = (list as unknown[]).slice();
        copy.splice(index + 1, 0, copy[index]);
        return copy;
      });
    }
    case 'addKey': {
      const target = nearest(doc, m.at, (node) => isContainer(node) && !Array.isArray(node));
      if (target === null) return doc;
      return editAt(doc, target, (o) => {
        const copy = copyOf(o as Record<Key, unknown>);
        put(copy, m.key, m.value);
        return copy;
      });
    }
    case 'copyFrom': {
      // Moves a value to a place meant for another: an area id where a unit is expected, a title where a number is.
      const from = getAt(doc, m.from);
      return from.found ? editAt(doc, m.at, () => from.value) : doc;
    }
    case 'cycle': {
      // Makes the enclosing entity its own parent.
      const target = nearest(doc, m.at, (node) => isContainer(node) && typeof node['id'] === 'string');
      if (target === null) return doc;
      return editAt(doc, target, (o) => {
        const copy = copyOf(o as Record<Key, unknown>);
        put(copy, 'parent', copy['id']);
        return copy;
      });
    }
  }
}

/** One to `max` mutations of a seed, applied in order. */
export function mutatedJson(seed: unknown, max = 3): fc.Arbitrary<{ doc: unknown; mutations: JsonMutation[] }> {
  return fc.array(jsonMutation(seed), { minLength: 1, maxLength: max }).map((mutations) => ({
    mutations,
    doc: mutations.reduce(applyJsonMutation, seed),
  }));
}

/** A CSV cell as it might arrive: a nasty string, a number, a missing mark, quoted or not. */
export const csvCell: fc.Arbitrary<string> = fc.oneof(
  nastyString,
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom(
    '-',
    '..',
    'NA',
    'n/a',
    '是',
    '否',
    'TRUE',
    '"1,100"',
    '"a""b"',
    '"unterminated',
    'x"y',
    '"multi\nline"',
    '1e5',
    '+.5',
    '.',
    '1.',
    '1 100 000',
    '1,10',
  ),
);

/** One edit of CSV text, by line (0 is the header) and character offsets. */
export type CsvMutation =
  | { kind: 'truncateLine'; line: number; at: number }
  | { kind: 'dropLine'; line: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'addColumn'; line: number; cell: string }
  | { kind: 'setCell'; line: number; column: number; cell: string }
  | { kind: 'insert'; line: number; at: number; text: string }
  | { kind: 'bom'; twice: boolean }
  | { kind: 'newlines'; eol: '\r\n' | '\r' | '\n\n' }
  | { kind: 'renameHeader'; column: number; name: string };

export function csvMutation(lineCount: number): fc.Arbitrary<CsvMutation> {
  const line = fc.integer({ min: 0, max: lineCount - 1 });
  const column = fc.integer({ min: 0, max: 7 });
  return fc.oneof(
    fc.record({ kind: fc.constant('truncateLine' as const), line, at: fc.nat({ max: 80 }) }),
    fc.record({ kind: fc.constant('dropLine' as const), line }),
    fc.record({ kind: fc.constant('duplicateLine' as const), line }),
    fc.record({ kind: fc.constant('addColumn' as const), line, cell: csvCell }),
    { arbitrary: fc.record({ kind: fc.constant('setCell' as const), line, column, cell: csvCell }), weight: 4 },
    fc.record({
      kind: fc.constant('insert' as const),
      line,
      at: fc.nat({ max: 80 }),
      text: fc.oneof(csvCell, fc.constantFrom('"', ',', '\n', '\r', '\uFEFF', '""')),
    }),
    fc.record({ kind: fc.constant('bom' as const), twice: fc.boolean() }),
    fc.record({
      kind: fc.constant('newlines' as const),
      eol: fc.constantFrom('\r\n' as const, '\r' as const, '\n\n' as const),
    }),
    fc.record({
      kind: fc.constant('renameHeader' as const),
      column,
      name: fc.oneof(
        nastyString,
        fc.constantFrom('INDICATOR', ' unit ', 'Value', 'period', 'revision', 'note', 'source', 'value'),
      ),
    }),
  );
}

/** Applies CSV mutations to the lines of a seed (split on `\n`) and joins them again. */
export function applyCsvMutations(lines: ReadonlyArray<string>, mutations: ReadonlyArray<CsvMutation>): string {
  let out = lines.slice();
  let prefix = '';
  let eol = '\n';
  for (const m of mutations) {
    const k = 'line' in m ? Math.min(m.line, out.length - 1) : 0;
    if (out.length === 0) break;
    switch (m.kind) {
      case 'truncateLine':
        out[k] = out[k]!.slice(0, m.at);
        break;
      case 'dropLine':
        out.splice(k, 1);
        break;
      case 'duplicateLine':
        out.splice(k, 0, out[k]!);
        break;
      case 'addColumn':
        out[k] = `${out[k]!},${m.cell}`;
        break;
      case 'setCell': {
        const cells = out[k]!.split(',');
        cells[Math.min(m.column, cells.length - 1)] = m.cell;
        out[k] = cells.join(',');
        break;
      }
      case 'insert':
        out[k] = out[k]!.slice(0, m.at) + m.text + out[k]!.slice(m.at);
        break;
      case 'bom':
        prefix = m.twice ? '\uFEFF\uFEFF' : '\uFEFF';
        break;
      case 'newlines':
        eol = m.eol;
        break;
      case 'renameHeader': {
        const cells = out[0]!.split(',');
        cells[Math.min(m.column, cells.length - 1)] = m.name;
        out[0] = cells.join(',');
        break;
      }
    }
  }
  out = out.filter((l) => l !== undefined);
  return prefix + out.join(eol);
}
