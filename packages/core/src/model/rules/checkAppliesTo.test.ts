import { describe, expect, it } from 'vitest';
import { meixiFramework } from '../_fixtures/meixi.js';
import { parseFramework } from '../parseFramework.js';

describe('checkAppliesTo', () => {
  it('accepts appliesTo naming tags that units carry', () => {
    const f = meixiFramework();
    f.indicators[2].appliesTo = ['hilly', 'mountainous'];
    const r = parseFramework(f);
    expect(r.ok ? [] : r.issues.map((i) => i.at)).toEqual([]);
  });

  it('reports a tag no unit carries at its place in appliesTo, in both languages', () => {
    const f = meixiFramework();
    f.indicators[2].appliesTo = ['hilly', 'coastel'];
    const r = parseFramework(f);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.code, i.message.zh])).toEqual([
      [
        'indicators[2].appliesTo[1]',
        'unknown_tag',
        '指标“eco-villages”适用于标签为“coastel”的单位，但没有任何单位带有该标签',
      ],
    ]);
  });

  it('refuses an empty appliesTo: an indicator that applies to no unit', () => {
    const f = meixiFramework();
    f.indicators[2].appliesTo = [];
    const r = parseFramework(f);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.code])).toEqual([['indicators[2].appliesTo', 'too_small']]);
  });
});
