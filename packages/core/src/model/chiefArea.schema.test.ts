import { describe, expect, it } from 'vitest';
import { parseFramework } from './parseFramework.js';
import { ChiefAreaSchema } from './chiefArea.schema.js';
import { meixiFramework } from './_fixtures/meixi.js';

const issuesOf = (f: unknown) => {
  const r = parseFramework(f);
  return r.ok ? [] : r.issues.map((i) => [i.at, i.code, i.message.en, i.message.zh]);
};

describe('the chief systems’ areas (chiefAreas)', () => {
  it('are read from the example city: two rivers and a forest, each with its chief’s post', () => {
    const r = parseFramework(meixiFramework());
    expect(r.ok && r.value.chiefAreas!.map((a) => [a.id, a.kind, a.post])).toEqual([
      ['meixi-river', 'river', 'river-chief-meixi'],
      ['qingxi-stream', 'river', 'river-chief-qingxi'],
      ['southern-hills-forest', 'forest', 'forest-chief-city'],
    ]);
  });

  it('refuses a kind outside river, lake, reservoir, forest and wetland, and an area through no unit', () => {
    const area = { id: 'a', kind: 'river', name: { zh: '梅溪' }, post: 'p', units: ['xihu'], indicators: [] };
    expect(ChiefAreaSchema.safeParse(area).success).toBe(true);
    expect(ChiefAreaSchema.safeParse({ ...area, kind: 'reservoir' }).success).toBe(true);
    expect(ChiefAreaSchema.safeParse({ ...area, kind: 'canal' }).success).toBe(false);
    expect(ChiefAreaSchema.safeParse({ ...area, units: [] }).success).toBe(false);
    const f = meixiFramework();
    f.chiefAreas[0].kind = 'canal';
    f.chiefAreas[1].units = [];
    expect(issuesOf(f).map(([at, code]) => [at, code])).toEqual([
      ['chiefAreas[0].kind', 'invalid_value'],
      ['chiefAreas[1].units', 'too_small'],
    ]);
  });

  it('name an unknown unit, an unknown indicator, a post nobody holds and a duplicate id, with what was likely meant', () => {
    const f = meixiFramework();
    f.chiefAreas[0].units[1] = 'Xihu';
    f.chiefAreas[0].indicators = ['water-class-3'];
    f.chiefAreas[1].post = 'river-chief-qinxi';
    f.chiefAreas[2].post = 'forest-warden';
    f.chiefAreas[2].id = 'meixi-river';
    expect(issuesOf(f)).toEqual([
      [
        'chiefAreas[2].id',
        'duplicate_id',
        'duplicate chiefArea id "meixi-river" (first at index 0)',
        '标识“meixi-river”重复（首次出现在第 0 项）',
      ],
      [
        'chiefAreas[0].units[1]',
        'unknown_reference',
        'unknown unit "Xihu"; did you mean "xihu"?',
        '未知单位“Xihu”；是否应为“xihu”？',
      ],
      [
        'chiefAreas[0].indicators[0]',
        'unknown_reference',
        'unknown indicator "water-class-3"; did you mean "water-class3"?',
        '未知指标“water-class-3”；是否应为“water-class3”？',
      ],
      [
        'chiefAreas[1].post',
        'unknown_reference',
        'post "river-chief-qinxi" is held by no one in people; did you mean "river-chief-qingxi"?',
        '职务“river-chief-qinxi”在人员名册中无人任职；是否应为“river-chief-qingxi”？',
      ],
      [
        'chiefAreas[2].post',
        'unknown_reference',
        'post "forest-warden" is held by no one in people; add the tenure of whoever holds it',
        '职务“forest-warden”在人员名册中无人任职；请在人员名册中补充其任职',
      ],
    ]);
  });

  it('accept a post that nobody holds on some day, as long as someone holds it in people (as for measures and zones)', () => {
    const f = meixiFramework();
    // Wang Fang takes the river over only in 2026: nobody holds it from July to December 2025.
    const wang = f.people.find((p: { id: string }) => p.id === 'wang-fang');
    wang.positions[1].start = '2026-01-01';
    expect(issuesOf(f)).toEqual([]);
  });
});
