import { describe, expect, it } from 'vitest';
import { CELL_FLAG_ORDER, FLAG, flagsOf, raise } from './cellFlags.js';

describe('flagsOf()', () => {
  it('lists the flags set in the bits in the declared order, whatever order they were raised in', () => {
    const flags = new Uint8Array(1);
    raise(flags, 0, FLAG.excluded);
    raise(flags, 0, FLAG.missing);
    expect(flagsOf(flags[0]!)).toEqual(['missing', 'excluded']);
    expect(flagsOf(63)).toEqual(CELL_FLAG_ORDER);
    expect(flagsOf(0)).toEqual([]);
  });
  it('gives a fresh array every time, so a caller may change one without changing another', () => {
    const a = flagsOf(0);
    a.push('capped');
    expect(flagsOf(0)).toEqual([]);
    const b = flagsOf(FLAG.imputed);
    b.pop();
    expect(flagsOf(FLAG.imputed)).toEqual(['imputed']);
  });
});
