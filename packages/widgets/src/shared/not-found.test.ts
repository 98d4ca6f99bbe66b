import { describe, expect, it } from 'vitest';
import { notFound } from './not-found.js';

describe('notFound', () => {
  it('is null when every id given exists or none was given', () => {
    expect(
      notFound([
        { kind: 'unit', given: 'xihu', existing: ['xihu'] },
        { kind: 'period', given: null, existing: ['2025'] },
        { kind: 'view', given: '', existing: ['areas'] },
        { kind: 'indicator', given: undefined, existing: [] },
      ]),
    ).toBeNull();
  });

  it('reports the first id missing, in order, naming those there are in both languages', () => {
    expect(
      notFound([
        { kind: 'period', given: '2030', existing: ['2024', '2025'] },
        { kind: 'unit', given: 'gangkuo', existing: [] },
      ]),
    ).toEqual({
      kind: 'notFound',
      reason: {
        en: 'the data has no period “2030”; its periods: 2024, 2025',
        zh: '数据中没有期间“2030”；数据中的期间：2024、2025',
      },
    });
    expect(notFound([{ kind: 'view', given: 'indicator', existing: ['areas', 'indicators'] }])?.reason).toEqual({
      en: 'there is no view “indicator”; the views: areas, indicators',
      zh: '没有视图“indicator”；可用的视图：areas、indicators',
    });
    expect(notFound([{ kind: 'unit', given: 'x', existing: [] }])?.reason.en).toBe(
      'the data has no unit “x”; its units: none',
    );
  });

  it('names at most twelve ids and counts the rest, so a province is not listed in full', () => {
    const units = Array.from({ length: 3000 }, (_, k) => `u${k}`);
    const reason = notFound([{ kind: 'unit', given: 'gangkuo', existing: units }])!.reason;
    expect(reason.en).toBe(
      'the data has no unit “gangkuo”; its units: u0, u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11 and 2988 more',
    );
    expect(reason.zh).toBe(
      '数据中没有单位“gangkuo”；数据中的单位：u0、u1、u2、u3、u4、u5、u6、u7、u8、u9、u10、u11 等 3000 个',
    );
  });
});
