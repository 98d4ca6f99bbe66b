import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.js';
import { explain } from '../assess/explain.js';
import { flagsByUnit } from '../../accountability/flagsByUnit.js';
import { data, rulesToy } from './rulesToy.fixture.js';

// Totals before rules, by hand: u1 = (92 + 85) / 2 = 88.5, u2 = (98 + 92) / 2 = 95.
const complaints = (extra: object = {}) => ({
  kind: 'deduction',
  id: 'complaints',
  points: 5,
  perOccurrence: true,
  max: 20,
  reason: { zh: '每查实一件扣 5 分，最多扣 20 分', en: '5 points per verified complaint, at most 20' },
  when: { event: 'flag', flag: 'verifiedComplaint' },
  ...extra,
});
const bonus = (id: string, points: number) => ({
  kind: 'bonus',
  id,
  points,
  group: 'bonuses',
  reason: { zh: id },
  when: { event: 'flag', flag: id },
});
const bonusGroup = { ruleGroups: [{ id: 'bonuses', title: { zh: '加分项', en: 'Bonuses' }, max: 3 }] };

describe('counted flags and capped rules', () => {
  it('deducts 5 points per incident: three complaints take 15 and trace count, points each and cap', () => {
    const f = rulesToy({ rules: [complaints()] });
    const flags = { u1: [{ flag: 'verifiedComplaint', count: 3 }] };
    const [u1] = assess(f, data, { period: '2025', flags }).results;
    expect(u1).toMatchObject({ total: 73.5, subtotal: 88.5 });
    expect(u1!.rules[0]).toMatchObject({
      rule: 'complaints',
      points: -15,
      evidence: 'flag verifiedComplaint × 3',
      tally: { count: 3, each: 5, uncapped: 15, max: 20, group: null, groupMax: null, groupBefore: null, capped: 0 },
    });
  });

  it('stops at the cap: five incidents take 20, not 25, and say 5 were capped', () => {
    const f = rulesToy({ rules: [complaints()] });
    const [u1] = assess(f, data, { period: '2025', flags: { u1: [{ flag: 'verifiedComplaint', count: 5 }] } }).results;
    expect(u1!.total).toBe(68.5);
    expect(u1!.rules[0]!.tally).toMatchObject({ count: 5, uncapped: 25, capped: 5 });
  });

  it('counts a flag listed by name once, and repeated names add up (two incidents are two, not one)', () => {
    const f = rulesToy({ rules: [complaints()] });
    const once = assess(f, data, { period: '2025', flags: { u1: ['verifiedComplaint'] } }).results[0]!;
    const twice = assess(f, data, { period: '2025', flags: { u1: ['verifiedComplaint', 'verifiedComplaint'] } })
      .results[0]!;
    expect(once.total).toBe(83.5);
    expect(twice.total).toBe(78.5);
  });

  it('reads counts from the units’ flag records through flagsByUnit, as a bundle does', () => {
    const f = rulesToy({ rules: [complaints()] });
    const flags = flagsByUnit(
      [
        { unit: 'u1', period: '2025', flag: 'verifiedComplaint', count: 2, source: '市信访局' },
        { unit: 'u1', period: '2025', flag: 'verifiedComplaint', note: { zh: '夜间施工噪声' } },
      ],
      '2025',
    );
    expect(assess(f, data, { period: '2025', flags }).results[0]!.total).toBe(73.5);
  });

  it('a rule not per occurrence deducts its points once whatever the count, with no tally', () => {
    const f = rulesToy({
      rules: [{ kind: 'deduction', id: 'd', points: 5, reason: { zh: '扣分' }, when: { event: 'flag', flag: 'x' } }],
    });
    const [u1] = assess(f, data, { period: '2025', flags: { u1: [{ flag: 'x', count: 4 }] } }).results;
    expect(u1!.total).toBe(83.5);
    expect(u1!.rules[0]!.tally).toBeUndefined();
  });

  it('caps a bonus group cumulatively: 2 + 3 + 3 wanted with a cap of 3 gives 2, 1 and 0', () => {
    const f = rulesToy({ rules: [bonus('b2', 2), bonus('b3', 3), bonus('b3b', 3)], scheme: bonusGroup });
    const [u1] = assess(f, data, { period: '2025', flags: { u1: ['b2', 'b3', 'b3b'] } }).results;
    expect(u1!.total).toBe(91.5);
    expect(u1!.rules.map((r) => [r.points, r.tally!.groupBefore, r.tally!.capped, r.effect])).toEqual([
      [2, 0, 0, 'moved'],
      [1, 2, 2, 'moved'],
      [0, 3, 3, 'none'],
    ]);
    expect(u1!.rules[1]!.tally).toMatchObject({ group: 'bonuses', groupMax: 3 });
  });

  it('still keeps the total within 0 and the scheme’s points after the caps', () => {
    const f = rulesToy({
      rules: [{ ...bonus('b', 8), perOccurrence: true }],
      scheme: { ruleGroups: [{ id: 'bonuses', title: { zh: '加分' }, max: 10 }] },
    });
    const [, u2] = assess(f, data, { period: '2025', flags: { u2: ['b'] } }).results;
    expect(u2).toMatchObject({ total: 100 });
    expect(u2!.rules[0]).toMatchObject({ points: 5, tally: { uncapped: 8, capped: 0 } });
  });

  it('explain() says the count, the points each and what the cap took, in both languages', () => {
    const f = rulesToy({ rules: [complaints()] });
    const a = assess(f, data, { period: '2025', flags: { u1: [{ flag: 'verifiedComplaint', count: 5 }] } });
    expect(explain(a, { unit: 'u1', lang: 'en' })!.text).toContain(
      'minus 20.0: 5 points per verified complaint, at most 20 (flag verifiedComplaint × 5; 5.0 × 5 = 25.0, 5.0 above the cap (at most 20.0))',
    );
    expect(explain(a, { unit: 'u1', lang: 'zh-CN' })!.text).toContain(
      '扣分 20.0：每查实一件扣 5 分，最多扣 20 分（标记 verifiedComplaint × 5；每次 5.0 × 5 次 = 25.0，超出上限 5.0（本项最多 20.0））',
    );
  });
});
