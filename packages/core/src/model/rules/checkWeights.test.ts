import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { meixiFramework } from '../_fixtures/meixi.js';
import { checkWeights } from './checkWeights.js';

const issuesOf = (f: unknown): string[] => {
  const r = parseFramework(f);
  return r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`);
};

describe('checkWeights', () => {
  it('reports a missing indicator weight at that indicator, not as a wrong sum blamed on a sibling', () => {
    const f = meixiFramework();
    delete f.indicators[1].weight;
    expect(issuesOf(f)).toEqual(['indicators[1].weight missing_weight']);
    const r = parseFramework(f);
    expect(r.ok ? null : r.issues[0]!.message).toEqual({
      en: 'no weight or points: the scheme requires weights adding up to 1 (weightsSumTo)',
      zh: '缺少权重（weight 或 points）：考核办法要求权重合计为 1（weightsSumTo）',
    });
  });

  it('reports a missing weight among weighted siblings even without weightsSumTo (it would count as 1)', () => {
    const f = meixiFramework();
    delete f.scheme.weightsSumTo;
    delete f.indicators[16].weight;
    expect(issuesOf(f)).toEqual(['indicators[16].weight missing_weight']);
  });

  it('treats sub-areas and indicators of one area as one set of siblings', () => {
    const f = meixiFramework();
    delete f.scheme.weightsSumTo;
    f.areas.push({ id: 'sub', title: { en: 'Sub' }, parent: 'industry' });
    f.indicators[19].area = 'sub';
    expect(issuesOf(f)).toEqual(['areas[3].weight missing_weight']);
  });

  it('weighs a set that declares no weight equally, with no issue', () => {
    const f = meixiFramework();
    delete f.scheme.weightsSumTo;
    for (const ind of f.indicators) if (ind.area === 'industry') delete ind.weight;
    expect(issuesOf(f)).toEqual([]);
  });

  it('still checks declared weights against weightsSumTo', () => {
    const f = meixiFramework();
    f.indicators[16].weight = 0.5;
    expect(checkWeights(f).map((i) => `${i.at} ${i.code}`)).toEqual(['indicators[16].weight weights_sum']);
  });
});
