import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { meixiFramework } from '../_fixtures/meixi.js';
import { checkBands } from './checkBands.js';

const issuesOf = (f: unknown): string[] => {
  const r = parseFramework(f);
  return r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`);
};
// Meixi's eco-town coverage: [100, ∞) 5, [90, 100) 4, [80, 90) 3, (−∞, 80) 1.
const ECO_TOWN = 5;

describe('checkBands', () => {
  it('refuses a gap between bands, where a value would score 0 unflagged', () => {
    const f = meixiFramework();
    f.indicators[ECO_TOWN].scoring.bands[2] = { min: 80, max: 85, points: 3 };
    expect(issuesOf(f)).toEqual(['indicators[5].scoring.bands[1].min band_gap']);
    expect(checkBands(f)[0]!.message.en).toBe(
      'values from 85 to 90 of "eco-town-coverage" match no band and would score 0 unflagged: make band 1 start where the band below ends',
    );
  });

  it('refuses a single edge that neither band includes', () => {
    const f = meixiFramework();
    f.indicators[ECO_TOWN].scoring.bands[1].minInclusive = false;
    expect(issuesOf(f)).toEqual(['indicators[5].scoring.bands[1].min band_gap']);
  });

  it('refuses overlapping bands', () => {
    const f = meixiFramework();
    f.indicators[ECO_TOWN].scoring.bands[2] = { min: 80, max: 95, points: 3 };
    expect(issuesOf(f)).toEqual(['indicators[5].scoring.bands[1].min band_overlap']);
  });

  it('refuses an edge both neighbours include', () => {
    const f = meixiFramework();
    f.indicators[ECO_TOWN].scoring.bands[2].maxInclusive = true;
    expect(issuesOf(f)).toEqual(['indicators[5].scoring.bands[1].min band_overlap']);
  });

  it('refuses an empty band', () => {
    const f = meixiFramework();
    f.indicators[ECO_TOWN].scoring.bands.push({ min: 50, max: 40, points: 0 });
    expect(checkBands(f).map((i) => `${i.at} ${i.code}`)).toEqual(['indicators[5].scoring.bands[4] empty_band']);
  });

  it('accepts bands that leave values below or above all of them (they earn 0, as documented)', () => {
    const f = meixiFramework();
    f.indicators[ECO_TOWN].scoring.bands.pop();
    expect(issuesOf(f)).toEqual([]);
  });
});
