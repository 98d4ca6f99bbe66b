import { describe, expect, it } from 'vitest';
import { previousPeriod } from './previousPeriod.js';

describe('previousPeriod', () => {
  it('gives the year, quarter or month just before, across year ends', () => {
    expect(previousPeriod('2025')).toBe('2024');
    expect(previousPeriod('2025-Q3')).toBe('2025-Q2');
    expect(previousPeriod('2025-Q1')).toBe('2024-Q4');
    expect(previousPeriod('2025-07')).toBe('2025-06');
    expect(previousPeriod('2025-01')).toBe('2024-12');
  });

  it('has none for a day, for the year 0000 and for a text that is no period', () => {
    expect(previousPeriod('2025-07-15')).toBeNull();
    expect(previousPeriod('0000')).toBeNull();
    expect(previousPeriod('last year')).toBeNull();
  });
});
