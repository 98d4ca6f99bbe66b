import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexOfEach } from './indexOfEach.js';

describe('indexOfEach()', () => {
  it('gives each wanted name its position in ids, −1 where absent, as a map of ids would (property)', () => {
    const names = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(
        names,
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'z'), { maxLength: 8 }),
        (ids, wanted) => {
          const index = new Map<string, number>(ids.map((id, k) => [id, k]));
          expect([...indexOfEach(ids, wanted)]).toEqual(wanted.map((id) => index.get(id) ?? -1));
          // And with the unique list wanted (a table's names looked up among the framework's).
          const back = new Map<string, number>(wanted.map((id, k) => [id, k]));
          expect([...indexOfEach(wanted, ids)]).toEqual(ids.map((id) => back.get(id) ?? -1));
        },
      ),
    );
  });

  it('maps a list onto itself as the identity', () => {
    const ids = Array.from({ length: 3000 }, (_, k) => `u${k}`);
    expect([
      ...indexOfEach(
        ids,
        ids.map((id) => `${id}`),
      ),
    ]).toEqual(ids.map((_, k) => k));
  });
});
