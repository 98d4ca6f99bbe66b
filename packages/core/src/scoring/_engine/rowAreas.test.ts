import { describe, expect, it } from 'vitest';
import { ROW_SOURCE, rowAreas } from './rowAreas.js';
import { planOf } from './planOf.fixture.js';

describe('rowAreas()', () => {
  it('takes the weighted-mean and weighted-sum areas whose children are all indicators, in plan order', () => {
    const plan = planOf([
      {
        aggregation: { method: 'weightedMean' },
        minIndicators: 2,
        indicators: [
          { method: 'minMax', weight: 2 },
          { method: 'goalposts', weight: 3 },
        ],
      },
      { aggregation: { method: 'geometricMean' }, indicators: [{ method: 'minMax' }] },
      { aggregation: { method: 'weightedSum' }, indicators: [{ method: 'value', weight: 0.5 }] },
    ]);
    const rows = rowAreas(plan);
    expect([...rows.areas]).toEqual([0, 2]);
    expect([...rows.isRowArea]).toEqual([1, 0, 1]);
    expect([...rows.mean]).toEqual([1, 0]);
    expect([...rows.minIndicators]).toEqual([2, 0]);
    expect([...rows.start]).toEqual([0, 2, 3]);
    expect([...rows.child]).toEqual([0, 1, 3]);
    expect([...rows.weight]).toEqual([2, 3, 0.5]);
    expect(rows.everyArea).toBe(false);
  });

  it('normalises in the pass only min–max and value indicators of row areas with the exclude, floor or zero policy', () => {
    const plan = planOf([
      {
        aggregation: { method: 'weightedMean' },
        indicators: [
          { method: 'minMax', polarity: 'lower', missing: { policy: 'floor', value: 60 } },
          { method: 'value', missing: { policy: 'zero' } },
          { method: 'minMax' },
          { method: 'minMax', missing: { policy: 'peerMean' } },
          { method: 'goalposts' },
        ],
      },
      { aggregation: { method: 'harmonicMean' }, indicators: [{ method: 'minMax' }] },
    ]);
    const rows = rowAreas(plan);
    const { minMax, value, normalized } = ROW_SOURCE;
    expect([...rows.source]).toEqual([minMax, value, minMax, normalized, normalized, normalized]);
    expect([...rows.fill]).toEqual([60, 0, Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    expect([...rows.direction]).toEqual([-1, 1, 1, 1, 1, 1]);
    expect(rows.everyIndicator).toBe(false);
  });

  it('says when every area is a row area and every indicator is normalised in the pass', () => {
    const rows = rowAreas(
      planOf([{ aggregation: { method: 'weightedSum' }, indicators: [{ method: 'minMax' }, { method: 'value' }] }]),
    );
    expect(rows.everyArea).toBe(true);
    expect(rows.everyIndicator).toBe(true);
  });
});
