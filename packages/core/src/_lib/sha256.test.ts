import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256 } from './sha256.js';
import { canonicalJson } from './canonicalJson.js';

describe('sha256', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on any text, including Chinese and block-boundary lengths (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120]) {
      const s = 'x'.repeat(n);
      expect(sha256(s)).toBe(createHash('sha256').update(s).digest('hex'));
    }
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and ignores undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('writes -0 as 0 and non-finite numbers as null', () => {
    expect(canonicalJson([-0, Number.NaN, Number.POSITIVE_INFINITY, 0.1])).toBe('[0,null,null,0.1]');
  });
  it('writes typed arrays as plain arrays', () => {
    expect(canonicalJson({ v: new Float64Array([1.5, 2]) })).toBe('{"v":[1.5,2]}');
  });
});
