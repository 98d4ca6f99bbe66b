import { describe, expect, it } from 'vitest';
import { parseRevisionCell } from './parseRevisionCell.js';

describe('parseRevisionCell', () => {
  it('reads blank as no revision and digits as the revision, trimmed', () => {
    expect(['', '  ', '0', ' 2 ', '0012'].map(parseRevisionCell)).toEqual([undefined, undefined, 0, 2, 12]);
  });

  it('refuses what is not a whole number ≥ 0 written in digits', () => {
    expect(['0x10', '1e2', '-1', '1.0', '+1', 'one', '99999999999999999999'].map(parseRevisionCell)).toEqual(
      Array(7).fill(null),
    );
  });
});
