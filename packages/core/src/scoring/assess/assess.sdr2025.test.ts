import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { rankCompetition } from './rankCompetition.js';
import { loadSdr2025 } from './sdr2025.fixture.js';

describe('assess() reproduces the SDSN SDG Index 2025', () => {
  const { framework, observations, published } = loadSdr2025();
  const assessment = assess(framework, observations, { period: '2025' });
  const total = new Map(assessment.results.map((r) => [r.unit, r.totalUnrounded]));

  it('scores all 167 published countries within 1e-6 of the published index', () => {
    expect(published.size).toBe(167);
    const off = [...published].filter(([iso3, p]) => !(Math.abs((total.get(iso3) ?? Number.NaN) - p.score) <= 1e-6));
    expect(off).toEqual([]);
  });

  it('ranks the 167 published countries exactly as published', () => {
    const iso = [...published.keys()];
    const ranks = rankCompetition(iso.map((c) => total.get(c) ?? null));
    expect(iso.filter((c, k) => ranks[k] !== published.get(c)!.rank)).toEqual([]);
  });

  it('imputes landlocked countries’ SDG 14 from their region, as data in the framework', () => {
    const bolivia = assessment.results.find((r) => r.unit === 'BOL')!;
    const sdg14 = bolivia.areas.find((a) => a.area === 'sdg14')!;
    expect(sdg14.flags).toContain('imputed');
    expect(sdg14.score).not.toBeNull();
  });
});
