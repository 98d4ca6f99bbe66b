import { describe, expect, it } from 'vitest';
import { onTimeRate } from './onTimeRate.js';
import type { NodeTimelinessResult } from './nodeTimeliness.js';

const node = (due: string, timing: NodeTimelinessResult['timing']): NodeTimelinessResult => ({
  measure: 'm',
  node: due,
  due,
  completed: null,
  daysLate: 0,
  timing,
});

describe('onTimeRate', () => {
  it('counts the nodes due in the window: on time over due; late, overdue and due-on-the-last-day-not-done count as due', () => {
    const nodes = [
      node('2025-03-31', 'onTime'),
      node('2025-06-30', 'onTime'),
      node('2025-06-30', 'late'),
      node('2025-09-30', 'overdue'),
      node('2025-12-31', 'pending'),
      node('2026-03-31', 'pending'),
      node('2024-12-31', 'late'),
      node('2026-01-01', 'overdue'),
    ];
    expect(onTimeRate(nodes, '2025-01-01', '2025-12-31')).toEqual({
      due: 5,
      onTime: 2,
      late: 1,
      notDone: 2,
      rate: 0.4,
    });
  });

  it('has no rate when nothing was due', () => {
    expect(onTimeRate([node('2026-03-31', 'pending')], '2025-01-01', '2025-12-31').rate).toBeNull();
  });
});
