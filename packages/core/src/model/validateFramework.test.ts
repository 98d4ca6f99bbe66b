import { describe, expect, it } from 'vitest';
import { parseFramework } from './parseFramework.js';
import { validateFramework } from './validateFramework.js';
import { meixiFramework } from './_fixtures/meixi.js';

/** Meixi City with `n` towns under Xihu, each the parent of the next. */
function deepChain(n: number): Record<string, any> {
  const f = meixiFramework();
  for (let k = 0; k < n; k++)
    f['units'].push({
      id: `t${k}`,
      name: { zh: `镇${k}` },
      kind: 'town',
      parent: k === 0 ? 'xihu' : `t${k - 1}`,
      tags: [],
    });
  return f;
}

/** Meixi City with `n` more indicators in its first area (weights that no longer add up). */
function wideArea(n: number): Record<string, any> {
  const f = meixiFramework();
  const first = f['indicators'][0];
  for (let k = 0; k < n; k++) f['indicators'].push({ ...first, id: `extra-${k}` });
  return f;
}

/**
 * The work the rules do on a document, counted rather than timed (a count is the same on an idle
 * and on a loaded machine): one per `Map` get, has or set, one per element an array iteration
 * yields (`for … of`, spread, `new Map(list)`), and the length of the array for each `includes` or
 * `indexOf` (a scan). The built-ins are patched only while the rules run, then restored.
 */
function operations(doc: unknown): number {
  let count = 0;
  const map = Map.prototype;
  const array = Array.prototype;
  const saved = {
    get: map.get,
    has: map.has,
    set: map.set,
    includes: array.includes,
    indexOf: array.indexOf,
    iterator: array[Symbol.iterator],
  };
  const counted = <F extends (...args: any[]) => any>(f: F, cost: (self: any) => number): F =>
    function (this: unknown, ...args: unknown[]) {
      count += cost(this);
      return f.apply(this, args);
    } as F;
  map.get = counted(saved.get, () => 1);
  map.has = counted(saved.has, () => 1);
  map.set = counted(saved.set, () => 1);
  array.includes = counted(saved.includes, (self: unknown[]) => self.length);
  array.indexOf = counted(saved.indexOf, (self: unknown[]) => self.length);
  array[Symbol.iterator] = function (this: unknown[]) {
    const it = saved.iterator.call(this);
    return {
      next: () => (count++, it.next()),
      [Symbol.iterator]() {
        return this;
      },
    } as ArrayIterator<unknown>;
  } as typeof saved.iterator;
  try {
    validateFramework(doc);
  } finally {
    Object.assign(map, { get: saved.get, has: saved.has, set: saved.set });
    Object.assign(array, { includes: saved.includes, indexOf: saved.indexOf, [Symbol.iterator]: saved.iterator });
  }
  return count;
}

describe('validateFramework: cycles', () => {
  it('reports a cycle once, at the member listed first, read from it', () => {
    const f = meixiFramework();
    // xihu → dongcheng → nanshan → xihu, closed at dongcheng's parent; gangkou hangs off the cycle.
    const unit = (id: string) => f['units'].find((u: { id: string }) => u.id === id);
    unit('xihu').parent = 'dongcheng';
    unit('dongcheng').parent = 'nanshan';
    unit('nanshan').parent = 'xihu';
    unit('gangkou').parent = 'nanshan';
    const cycles = validateFramework(f).filter((i) => i.code === 'cycle');
    expect(cycles.map((i) => [i.at, i.message.en])).toEqual([
      ['units[1].parent', 'unit hierarchy has a cycle: xihu → dongcheng → nanshan → xihu'],
    ]);
  });

  it('reports a unit that is its own parent, and each of two separate cycles', () => {
    const f = meixiFramework();
    f['units'][3].parent = f['units'][3].id;
    f['areas'][0].parent = f['areas'][1].id;
    f['areas'][1].parent = f['areas'][0].id;
    expect(
      validateFramework(f)
        .filter((i) => i.code === 'cycle')
        .map((i) => i.message.en),
    ).toEqual(['area hierarchy has a cycle: space → env → space', 'unit hierarchy has a cycle: nanshan → nanshan']);
  });

  it('finds a cycle closed at the bottom of a chain 4,000 deep', () => {
    const f = deepChain(4000);
    f['units'][16].parent = 't3999';
    const cycles = validateFramework(f).filter((i) => i.code === 'cycle');
    expect(cycles.map((i) => i.at)).toEqual(['units[16].parent']);
    expect(cycles[0]!.message.en.split(' → ')).toHaveLength(4001);
  });
});

describe('validateFramework: cost grows about linearly with the document', () => {
  // A quadratic check makes a 4× larger document cost 16× (the unit chain was cubic: 4,000 deep
  // took 19 s, 1,000 deep 0.5 s; a copy of the group per indicator made one area quadratic), a
  // linear one 4× plus the fixed cost of the rest of the example city.
  it('a unit chain 4× deeper costs less than 8× as much to validate', () => {
    const large = deepChain(4000);
    expect(parseFramework(large).ok).toBe(true);
    expect(operations(large) / operations(deepChain(1000))).toBeLessThan(8);
  });

  it('an area with 4× more indicators costs less than 8× as much to validate', () => {
    expect(operations(wideArea(8000)) / operations(wideArea(2000))).toBeLessThan(8);
  });
});
