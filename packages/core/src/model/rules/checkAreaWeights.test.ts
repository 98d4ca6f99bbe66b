import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { meixiFramework } from '../_fixtures/meixi.js';
import { checkAreaWeights } from './checkAreaWeights.js';

const issuesOf = (f: unknown): string[] => {
  const r = parseFramework(f);
  return r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`);
};

describe('checkAreaWeights', () => {
  it('refuses an area whose indicators all weigh 0 (it would be floored for every unit with no word)', () => {
    const f = meixiFramework();
    delete f.scheme.weightsSumTo;
    for (const ind of f.indicators) if (ind.area === 'industry') ind.weight = 0;
    expect(issuesOf(f)).toEqual(['areas[2] zero_weights']);
    expect(checkAreaWeights(f)[0]!.message.zh).toBe('领域“industry”下所有指标和下级领域的权重均为 0，无法计分');
  });

  it('refuses top-level areas that all weigh 0', () => {
    const f = meixiFramework();
    delete f.scheme.weightsSumTo;
    for (const a of f.areas) a.weight = 0;
    expect(issuesOf(f)).toEqual(['areas zero_weights']);
  });

  it('refuses an area with no indicator or sub-area', () => {
    const f = meixiFramework();
    f.areas.push({ id: 'empty', title: { en: 'Empty' }, weight: 0 });
    expect(checkAreaWeights(f).map((i) => `${i.at} ${i.code}`)).toEqual(['areas[3] empty_area']);
  });

  it('accepts some zero weights beside a positive one', () => {
    const f = meixiFramework();
    delete f.scheme.weightsSumTo;
    f.indicators[16].weight = 0;
    expect(checkAreaWeights(f)).toEqual([]);
  });
});
