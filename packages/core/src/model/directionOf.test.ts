import { describe, expect, it } from 'vitest';
import { directionOf } from './directionOf.js';
import type { Indicator } from './indicator.schema.js';

describe('directionOf', () => {
  it('is -1 for lower-is-better and 1 for every other polarity', () => {
    const others: Array<Indicator['polarity']> = ['higher', 'band', 'notDecrease', 'boolean'];
    expect(directionOf({ polarity: 'lower' })).toBe(-1);
    for (const polarity of others) expect(directionOf({ polarity })).toBe(1);
  });
});
