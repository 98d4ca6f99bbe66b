import { describe, expect, it } from 'vitest';
import { measuresAsOf } from './as-of.js';

describe('measuresAsOf', () => {
  it('takes a real calendar date as it is', () => {
    expect(measuresAsOf('2025', '2025-06-30')).toBe('2025-06-30');
    expect(measuresAsOf('2024', '2024-02-29')).toBe('2024-02-29');
  });

  it('takes the last day of the period when as-of is missing or not a real date', () => {
    expect(measuresAsOf('2025-Q2', null)).toBe('2025-06-30');
    expect(measuresAsOf('2025', '2025-02-29')).toBe('2025-12-31');
    expect(measuresAsOf('2025', 'yesterday')).toBe('2025-12-31');
    expect(measuresAsOf('2025-02', '2025-2-1')).toBe('2025-02-28');
  });
});
