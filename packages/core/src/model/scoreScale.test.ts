import { describe, expect, it } from 'vitest';
import { scoreScale } from './scoreScale.js';

describe('scoreScale', () => {
  it('gives each method the scores a reported value can get on the common scale', () => {
    expect(scoreScale({ method: 'distanceToTarget' })).toEqual({ min: 0, max: 100 });
    expect(scoreScale({ method: 'distanceToTarget', cap: false })).toEqual({ min: 0, max: Infinity });
    expect(scoreScale({ method: 'efficacy' })).toEqual({ min: 60, max: 100 });
    expect(scoreScale({ method: 'goalposts', lower: 0, upper: 1, clamp: false })).toEqual({
      min: -Infinity,
      max: Infinity,
    });
    expect(scoreScale({ method: 'zScore' })).toEqual({ min: -Infinity, max: Infinity });
    expect(scoreScale({ method: 'rank' })).toEqual({ min: 1, max: Infinity });
  });

  it('takes bands from their lowest to their highest points, and 0 when a value can fall outside them all', () => {
    const covering = [
      { min: 100, points: 5 },
      { min: 80, max: 100, points: 3 },
      { max: 80, points: 1 },
    ];
    expect(scoreScale({ method: 'bands', bands: covering })).toEqual({ min: 20, max: 100 });
    expect(scoreScale({ method: 'bands', bands: covering.slice(0, 2) })).toEqual({ min: 0, max: 100 });
  });
});
