import { describe, expect, it } from 'vitest';
import { checkTargetRules } from './checkTargetRules.js';

const doc = (indicator: string) => ({
  indicators: [
    { id: 'share', scoring: { method: 'minMax' } },
    { id: 'pm25', target: { value: 30, period: '2026', comparator: '<=' }, scoring: { method: 'deduction' } },
  ],
  scheme: {
    rules: [
      { kind: 'veto', id: 'redline', when: { event: 'redLineBreach' } },
      { kind: 'deduction', id: 'below', points: 2, when: { event: 'indicatorBelowTarget', indicator } },
    ],
  },
});

describe('checkTargetRules', () => {
  it('refuses a rule that tests an indicator without a target against it, at the rule, in both languages', () => {
    expect(checkTargetRules(doc('share')).map((i) => [i.at, i.code, i.message.zh])).toEqual([
      [
        'scheme.rules[1].when.indicator',
        'missing_target',
        '该规则以目标值检验指标“share”，但该指标未设目标值：请为其设定目标值或删除该规则',
      ],
    ]);
  });

  it('accepts one on an indicator with a target, and leaves unknown ids to checkReferences', () => {
    expect(checkTargetRules(doc('pm25'))).toEqual([]);
    expect(checkTargetRules(doc('nope'))).toEqual([]);
    expect(checkTargetRules(null)).toEqual([]);
  });
});
