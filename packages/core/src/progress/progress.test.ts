import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { progressOpenSdg } from './progressOpenSdg.js';
import { progressUnsd } from './progressUnsd.js';
import type { IndicatorProgressStatus } from '../vocabulary/indicatorProgressStatus.schema.js';

const v = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../test/fixtures/research-vectors.json', import.meta.url)), 'utf8'),
);
const worked = [
  { year: 2022, value: 15 },
  { year: 2015, value: 20 },
];
// These methods always have a target (they take one), so noTarget never comes up; ranked with noData.
const rank: Record<IndicatorProgressStatus, number> = {
  noTarget: -1,
  noData: -1,
  deteriorating: 0,
  limited: 1,
  moderate: 2,
  onTrack: 3,
  achieved: 4,
};

describe('progressOpenSdg', () => {
  it('matches T27: 20 (2015) → 15 (2022), target 10 by 2030, lower is better', () => {
    const r = progressOpenSdg(worked, { direction: -1, target: 10 });
    expect(r.status).toBe('moderate');
    expect(r.cagr).toBeCloseTo(v.opensdg_target.cagr_o, 12);
    expect(r.requiredCagr).toBeCloseTo(v.opensdg_target.cagr_r, 12);
    expect(r.ratio).toBeCloseTo(0.8916257816, 9);
    expect(r.score).toBeCloseTo(2.0830413, 6);
  });
  it('matches T28 without a target: 50 → 55, CAGR 1.37 %, moderate', () => {
    const r = progressOpenSdg(
      [
        { year: 2015, value: 50 },
        { year: 2022, value: 55 },
      ],
      { direction: 1 },
    );
    expect(r.cagr).toBeCloseTo(v.opensdg_notarget.cagr, 12);
    expect(r.status).toBe('moderate');
  });
  it('matches the COINr CAGR vector, skipping missing years', () => {
    const series = v.coinr_CAGR.x.map((year: number, k: number) => ({ year, value: v.coinr_CAGR.y[k] }));
    expect(progressOpenSdg(series, { direction: 1 }).cagr).toBeCloseTo(v.coinr_CAGR.cagr, 12);
  });
  it.each([
    [0.95 + 1e-9, 'onTrack'],
    [0.95 - 1e-9, 'moderate'],
    [0.6 + 1e-9, 'moderate'],
    [0.6 - 1e-9, 'limited'],
    [1e-9, 'limited'],
    [-1e-9, 'deteriorating'],
  ])('puts a ratio of %d in the %s band', (ratio, status) => {
    // Build a series whose observed growth is `ratio` times the required growth.
    const required = (10 / 20) ** (1 / 15) - 1;
    const latest = 20 * (1 + ratio * required) ** 7;
    const r = progressOpenSdg(
      [
        { year: 2015, value: 20 },
        { year: 2022, value: latest },
      ],
      { direction: -1, target: 10 },
    );
    expect(r.ratio).toBeCloseTo(ratio, 7);
    expect(r.status).toBe(status);
  });
  it('defines the edges: achieved, target equal to base, sign change, too few points', () => {
    expect(progressOpenSdg(worked, { direction: -1, target: 16 }).status).toBe('achieved');
    expect(progressOpenSdg(worked, { direction: 1, target: 20 })).toMatchObject({ status: 'deteriorating', score: -5 });
    expect(
      progressOpenSdg(
        [
          { year: 2015, value: -2 },
          { year: 2020, value: 3 },
        ],
        { direction: 1 },
      ).status,
    ).toBe('noData');
    expect(progressOpenSdg([{ year: 2020, value: 3 }], { direction: 1 }).status).toBe('noData');
  });
  it('never gives a worse status for more progress, and never NaN (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (base, latest, more) => {
          const a = progressOpenSdg(
            [
              { year: 2015, value: base },
              { year: 2022, value: latest },
            ],
            { direction: 1, target: 150 },
          );
          const b = progressOpenSdg(
            [
              { year: 2015, value: base },
              { year: 2022, value: latest + more },
            ],
            { direction: 1, target: 150 },
          );
          expect(rank[b.status]).toBeGreaterThanOrEqual(rank[a.status]);
          for (const x of [a.score, a.cagr, a.ratio])
            if (x !== null && x !== undefined) expect(Number.isFinite(x)).toBe(true);
        },
      ),
    );
  });
});

describe('progressUnsd', () => {
  it('matches T29: projected 10.7970256, ratio 0.9202974, score 2', () => {
    const r = progressUnsd(worked, { direction: -1, target: 10 });
    expect(r.projected).toBeCloseTo(v.unsd_eustat_target.v2030e, 9);
    expect(r.ratio).toBeCloseTo(v.unsd_eustat_target.ratio, 9);
    expect(r).toMatchObject({ score: 2, status: 'moderate' });
  });
  it('counts a value within 1 point of a 100 % target as achieved, and scores growth without a target', () => {
    expect(
      progressUnsd(
        [
          { year: 2015, value: 90 },
          { year: 2022, value: 99.2 },
        ],
        { direction: 1, target: 100 },
      ).score,
    ).toBe(3);
    expect(
      progressUnsd(
        [
          { year: 2015, value: 50 },
          { year: 2022, value: 55 },
        ],
        { direction: 1 },
      ).score,
    ).toBe(2);
  });
});
