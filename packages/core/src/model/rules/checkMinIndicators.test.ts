import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { meixiFramework } from '../_fixtures/meixi.js';

const issuesOf = (f: unknown): Array<[string, string, string]> => {
  const r = parseFramework(f);
  return r.ok ? [] : r.issues.map((i) => [i.at, i.code, i.message.en]);
};

describe('checkMinIndicators', () => {
  it('refuses a minimum number of indicators above those the area has (the area would always be imputed)', () => {
    const f = meixiFramework();
    f.areas[2].minIndicators = 5;
    expect(issuesOf(f)).toEqual([
      [
        'areas[2].minIndicators',
        'unreachable_min_indicators',
        'area "industry" needs 5 indicators with data but has 4, so it could never be scored',
      ],
    ]);
  });

  it('accepts a minimum the area can meet', () => {
    const f = meixiFramework();
    f.areas[2].minIndicators = 4;
    expect(issuesOf(f)).toEqual([]);
  });
});
