import { describe, expect, it } from 'vitest';
import { parseFramework } from '../parseFramework.js';
import { meixiFramework } from '../_fixtures/meixi.js';

const bonus = (id: string, points: number) => ({
  kind: 'bonus',
  id,
  points,
  group: 'bonuses',
  reason: { zh: id },
  when: { event: 'flag', flag: id },
});
const deduction = {
  kind: 'deduction',
  id: 'complaints',
  points: 5,
  group: 'bonuses',
  reason: { zh: '扣分' },
  when: { event: 'flag', flag: 'verifiedComplaint' },
};
const bonusGroup = { ruleGroups: [{ id: 'bonuses', title: { zh: '加分项', en: 'Bonuses' }, max: 3 }] };

// Meixi's scheme with the rules and groups given.
const withRules = (rules: object[], ruleGroups?: object[]) => {
  const f = meixiFramework();
  f.scheme.rules = rules;
  if (ruleGroups) f.scheme.ruleGroups = ruleGroups;
  return f;
};
const issues = (f: unknown): string[] => {
  const r = parseFramework(f);
  return r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`);
};

describe('checkRuleGroups', () => {
  it('refuses a rule naming a group the scheme does not declare', () => {
    expect(issues(withRules([bonus('b', 1)]))).toEqual(['scheme.rules[0].group unknown_reference']);
  });

  it('refuses a group holding deductions and bonuses, and a group declared twice', () => {
    const groups = [...bonusGroup.ruleGroups, ...bonusGroup.ruleGroups];
    expect(issues(withRules([bonus('b', 1), deduction], groups))).toEqual([
      'scheme.ruleGroups[1].id duplicate_id',
      'scheme.rules[1].group mixed_rule_group',
    ]);
  });

  it('accepts rules sharing a declared group', () => {
    expect(issues(withRules([bonus('b', 1), bonus('c', 2)], bonusGroup.ruleGroups))).toEqual([]);
  });

  it('says it in both languages', () => {
    const r = parseFramework(withRules([bonus('b', 1), deduction], bonusGroup.ruleGroups));
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      {
        en: 'rule group "bonuses" holds both bonus and deduction rules: a group\'s cap is on deductions or on bonuses, not both',
        zh: '规则组“bonuses”同时包含加分和扣分规则：一个规则组只能对扣分或加分设上限',
      },
    ]);
  });
});
