import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { meixiFramework } from '../_fixtures/meixi.js';
import { checkMissingFloors } from './checkMissingFloors.js';

const issuesOf = (f: unknown): string[] => {
  const r = parseFramework(f);
  return r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`);
};

describe('checkMissingFloors', () => {
  it('refuses the old example floor of 60 on 0–100 scales: a gap would outscore every report', () => {
    const f = meixiFramework();
    f.scheme.missing = { policy: 'floor', value: 60 };
    expect(issuesOf(f)).toEqual(['scheme.missing.value floor_above_minimum']);
    const [issue] = checkMissingFloors(f);
    expect(issue!.message.en).toBe(
      'a missing value would score 60 on indicator "redline-area", where a reported value can score 0 (bands: 0–100), so a gap in the data would outscore a report: ' +
        'set the floor to 0 or below, or declare { "policy": "floor", "value": …, "aboveMinimum": true } if the scheme means it (and 22 more)',
    );
    expect(issue!.message.zh).toContain('未报送反而得分更高');
  });

  it('accepts a floor above the minimum when the scheme declares it', () => {
    const f = meixiFramework();
    f.scheme.missing = { policy: 'floor', value: 60, aboveMinimum: true };
    expect(issuesOf(f)).toEqual([]);
  });

  it('refuses a floor of 1e308 on a 100-point scheme as outside the scale, declared or not', () => {
    const f = meixiFramework();
    f.scheme.missing = { policy: 'floor', value: 1e308, aboveMinimum: true };
    expect(issuesOf(f)).toEqual(['scheme.missing.value floor_out_of_scale']);
  });

  it('refuses a floor below nothing (a negative floor on a 0–100 scale)', () => {
    const f = meixiFramework();
    f.indicators[1].missing = { policy: 'floor', value: -5 };
    expect(issuesOf(f)).toEqual(['indicators[1].missing.value floor_out_of_scale']);
  });

  it('accepts the Green Development Index floor of 60 on its 60–100 efficacy scale', () => {
    const f = meixiFramework();
    f.indicators[1].scoring = { method: 'efficacy' };
    f.indicators[1].missing = { policy: 'floor', value: 60 };
    expect(issuesOf(f)).toEqual([]);
  });

  it('judges an area policy against the scales of the indicators below it', () => {
    const f = meixiFramework();
    f.areas[2].missing = { policy: 'floor', value: 50 };
    expect(issuesOf(f)).toEqual(['areas[2].missing.value floor_above_minimum']);
  });

  it('refuses "zero" where a reported value can score below 0, unless declared', () => {
    const f = meixiFramework();
    f.indicators[1].scoring = { method: 'zScore' };
    expect(issuesOf(f)).toEqual(['scheme.missing.policy floor_above_minimum']);
    f.indicators[1].missing = { policy: 'zero', aboveMinimum: true };
    // Its area's score can now be negative too, so the area's policy needs the same declaration.
    expect(checkMissingFloors(f)[0]!.message.en).toContain('on area "space"');
    f.areas[0].missing = { policy: 'zero', aboveMinimum: true };
    expect(issuesOf(f)).toEqual([]);
  });
});

describe('checkMissingFloors on large frameworks', () => {
  it('judges every area of a 20,000-deep chain against the indicator below it, in one pass without recursion', () => {
    const depth = 20_000;
    const areas = Array.from({ length: depth }, (_, k) => ({ id: `a${k}`, ...(k > 0 ? { parent: `a${k - 1}` } : {}) }));
    const indicators = [{ id: 'deep', area: `a${depth - 1}`, scoring: { method: 'distanceToTarget' } }];
    const issues = checkMissingFloors({ areas, indicators, scheme: { missing: { policy: 'floor', value: 60 } } });
    expect(issues.map((i) => `${i.at} ${i.code}`)).toEqual(['scheme.missing.value floor_above_minimum']);
    expect(issues[0]!.message.en).toContain('(and 20000 more)');
  });
});
