import { describe, expect, it } from 'vitest';
import { checkTenures } from './checkTenures.js';
import { meixiFramework } from '../_fixtures/meixi.js';

describe('checkTenures', () => {
  it('accepts the example city: one deputy mayor for ecology hands over to the next', () => {
    expect(checkTenures(meixiFramework())).toEqual([]);
  });

  it('names overlapping tenures of one post, an end before its start, an unknown unit and a post nobody holds', () => {
    const doc = meixiFramework();
    doc['units'][1].head = 'head-atlantis';
    doc['people'][2].positions[0].start = '2025-06-30'; // wang-fang starts on li-ming's last day
    doc['people'][0].positions[0].end = '2020-01-01';
    doc['people'][0].positions[0].unit = 'nowhere';
    doc['measures'][0].owner.post = 'vice-mayor';
    doc['chiefAreas'][0].post = 'river-chief';
    const issues = checkTenures(doc);
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['people[0].positions[0].unit', 'unknown_reference'],
      ['people[0].positions[0].end', 'date_outside_period'],
      ['people[2].positions[0].start', 'tenure_overlap'],
      ['measures[0].owner.post', 'unknown_reference'],
      ['chiefAreas[0].post', 'unknown_reference'],
      ['units[1].head', 'unknown_reference'],
    ]);
    expect(issues[3]!.message.en).toBe(
      'post "vice-mayor" is held by no one in people; add the tenure of whoever holds it',
    );
    expect(issues[2]!.message.zh).toBe(
      '职务“deputy-mayor-env”：wang-fang的任职期间与li-ming（2021-03-01 至 2025-06-30）重叠：同一时间一个职务只由一人负责',
    );
  });
});
