import { describe, expect, it } from 'vitest';
import { looksLikeObservationRow } from './looksLikeObservationRow.js';

describe('looksLikeObservationRow', () => {
  const header = ['Indicator', 'unit', ' Period ', 'value', 'note'];
  it('is true for a line with as many cells as the header and a period in the period column', () => {
    expect(looksLikeObservationRow(['pm25', 'xihu', '2024', '30', ''], header)).toBe(true);
    expect(looksLikeObservationRow(['pm25', 'xihu', ' 2024-Q3 ', '30', 'a', 'b'], header)).toBe(true);
  });
  it('is false for prose, a short line, or a header without a period column', () => {
    expect(looksLikeObservationRow(['checked', ' then corrected', ' in 2024', ' twice', ''], header)).toBe(false);
    expect(looksLikeObservationRow(['pm25', 'xihu', '2024'], header)).toBe(false);
    expect(looksLikeObservationRow(['pm25', 'xihu', '2024', '30'], ['indicator', 'unit', 'year', 'value'])).toBe(false);
  });
});
