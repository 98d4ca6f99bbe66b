import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { meixiFramework } from '../_fixtures/meixi.js';
import { checkGrades } from './checkGrades.js';

const issuesOf = (f: unknown): string[] => {
  const r = parseFramework(f);
  return r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`);
};

describe('checkGrades', () => {
  it('refuses a grade whose lower edge is above the total points', () => {
    const f = meixiFramework();
    f.scheme.grades[0].min = 120;
    expect(issuesOf(f)).toEqual(['scheme.grades[0].min unreachable_grade']);
    expect(checkGrades(f)[0]!.message.en).toBe(
      'grade "excellent" starts at 120, above the scheme\'s 100 total points: no unit can reach it',
    );
  });

  it('refuses a grade that starts just above the total points (its edge excluded)', () => {
    const f = meixiFramework();
    f.scheme.grades[0] = { ...f.scheme.grades[0], min: 100, inclusive: false };
    expect(issuesOf(f)).toEqual(['scheme.grades[0].min unreachable_grade']);
  });

  it('accepts a top grade of exactly the total points, edge included', () => {
    const f = meixiFramework();
    f.scheme.grades[0].min = 100;
    expect(issuesOf(f)).toEqual([]);
  });

  it('refuses two grades with the same lower edge (one would be unreachable or decided by list order)', () => {
    const f = meixiFramework();
    f.scheme.grades[1].min = 90;
    expect(issuesOf(f)).toEqual(['scheme.grades[1].min duplicate_grade_min']);
    expect(checkGrades(f)[0]!.message.zh).toBe('等级“good”与等级“excellent”的下限同为 90：每个等级应有各自的下限');
  });
});
