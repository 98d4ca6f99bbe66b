import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { rankCompetition } from './rankCompetition.js';
import { loadSdr2025 } from '../_engine/sdr2025.fixture.js';

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

  it('gives the published ranks itself, ranking on the unrounded total as the scheme says (rankOn)', () => {
    expect(framework.scheme.rankOn).toBe('totalUnrounded');
    const a = assess(framework, observations, { period: '2025', units: [...published.keys()], detail: 'totals' });
    expect(a.results.filter((r) => r.rank !== published.get(r.unit)!.rank).map((r) => r.unit)).toEqual([]);
    // Published to two decimals, some countries tie where their ranks do not.
    const rounded = new Map<number, number>();
    for (const r of a.results) rounded.set(r.total!, (rounded.get(r.total!) ?? 0) + 1);
    expect([...rounded.values()].some((k) => k > 1)).toBe(true);
    expect(a.results.every((r) => r.grade === null)).toBe(true);
  });

  it('gives no total and no rank to countries without an observation when every country is asked for, so the 167 keep their published ranks', () => {
    // Every country of the overview (not the regional and income-group aggregates): 26 have no 2025 observation.
    const countries = framework.units.map((u) => u.id).filter((id) => id !== 'sdsn' && !id.startsWith('_'));
    const all = assess(framework, observations, { period: '2025', units: countries });
    const ranks = new Map(all.results.map((r) => [r.unit, r.rank]));
    expect([...published.keys()].filter((c) => ranks.get(c) !== published.get(c)!.rank)).toEqual([]);
    const observed = new Set(observations.filter((o) => o.period === '2025').map((o) => o.unit));
    const empty = all.results.filter((r) => r.total === null);
    expect(empty.map((r) => r.unit)).toEqual(countries.filter((c) => !observed.has(c)));
    expect(empty.length).toBe(countries.length - published.size);
    expect(empty.every((r) => r.rank === null && r.grade === null)).toBe(true);
    const warned = all.diagnostics.filter((d) => d.code === 'insufficient_coverage');
    expect(warned.map((d) => d.unit)).toEqual(empty.map((r) => r.unit));
    expect(warned[0]!.message.en).toBe(
      'AND has 0 of 102 indicators observed in the period, and a total needs at least one: no total, grade or rank',
    );
  });

  it('imputes landlocked countries’ SDG 14 from their region, as data in the framework', () => {
    const bolivia = assessment.results.find((r) => r.unit === 'BOL')!;
    const sdg14 = bolivia.areas.find((a) => a.area === 'sdg14')!;
    expect(sdg14.flags).toContain('imputed');
    expect(sdg14.score).not.toBeNull();
  });
});
