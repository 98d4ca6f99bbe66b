import { describe, expect, it } from 'vitest';
import { indicatorChanges } from './indicatorChanges.js';
import type { Observation } from '../observation/observation.schema.js';

const obs = (unit: string, indicator: string, period: string, value: number | null): Observation =>
  ({ unit, indicator, period, value }) as Observation;

describe('indicatorChanges', () => {
  const list = [
    obs('a', 'x', '2025', 3),
    obs('a', 'x', '2023', 1),
    obs('a', 'x', '2024', 2),
    obs('a', 'x', '2025-Q2', 9),
    obs('a', 'y', '2024', null),
    obs('b', 'x', '2024', 5),
    obs('c', 'x', '2024', 7),
  ];

  it('takes the first and last yearly observation in the span, ignoring sub-yearly periods and other units', () => {
    expect(indicatorChanges(list, { units: new Set(['a', 'b']), fromYear: 2024, toYear: 2025 })).toEqual([
      { unit: 'a', indicator: 'x', first: { period: '2024', value: 2 }, last: { period: '2025', value: 3 } },
      { unit: 'a', indicator: 'y', first: { period: '2024', value: null }, last: { period: '2024', value: null } },
      { unit: 'b', indicator: 'x', first: { period: '2024', value: 5 }, last: { period: '2024', value: 5 } },
    ]);
  });

  it('keeps only the indicators asked for, and nothing when no year falls in the span', () => {
    expect(
      indicatorChanges(list, { units: new Set(['a']), indicators: new Set(['x']), fromYear: 2023, toYear: 2023 }),
    ).toEqual([{ unit: 'a', indicator: 'x', first: { period: '2023', value: 1 }, last: { period: '2023', value: 1 } }]);
    expect(indicatorChanges(list, { units: new Set(['a']), fromYear: 2026, toYear: 2030 })).toEqual([]);
  });
});
