import { describe, expect, it } from 'vitest';
import { IndicatorSchema } from './indicator.schema.js';
import { toIssues } from '../result/toIssues.js';

const base = {
  id: 'x',
  title: { en: 'x' },
  area: 'a',
  unitOfMeasure: { en: '%' },
  polarity: 'higher',
  attribute: 'reference',
};
const baseline = { value: 40, period: '2020' };
const target = { value: 60, period: '2025', comparator: '>=' };

/** The paths and Chinese messages of the issues parsing `doc` gives (none when it parses). */
function problems(doc: Record<string, unknown>): Array<[string, string]> {
  const r = IndicatorSchema.safeParse(doc);
  return r.success ? [] : toIssues(r.error.issues).map((i) => [i.at, i.message.zh]);
}

describe('IndicatorSchema: baseline and target exactly where something reads them', () => {
  it('needs neither for a method that scores relative to the other units or on its own scale', () => {
    for (const scoring of [
      { method: 'minMax' },
      { method: 'zScore' },
      { method: 'rank' },
      { method: 'percentRank' },
      { method: 'borda' },
      { method: 'efficacy' },
      { method: 'goalposts', lower: 0, upper: 100 },
      { method: 'bands', bands: [{ min: 0, points: 1 }] },
      { method: 'boolean', points: 1 },
      { method: 'value' },
    ])
      expect(problems({ ...base, scoring }), scoring.method).toEqual([]);
  });

  it('asks distance to target for both, at their places, in both languages', () => {
    expect(problems({ ...base, scoring: { method: 'distanceToTarget' } })).toEqual([
      ['baseline', '评分方法 distanceToTarget 需要指标的基期值（baseline）：请填写'],
      ['target', '评分方法 distanceToTarget 需要指标的目标值（target）：请填写'],
    ]);
    expect(problems({ ...base, baseline, target, scoring: { method: 'distanceToTarget' } })).toEqual([]);
  });

  it('asks the methods that compare with the target for a target only', () => {
    for (const scoring of [
      { method: 'deduction', full: 3, ratePerUnit: 0.5 },
      { method: 'allOrNothing' },
      { method: 'completionRatio', max: 1 },
    ]) {
      expect(
        problems({ ...base, scoring }).map(([at]) => at),
        scoring.method,
      ).toEqual(['target']);
      expect(problems({ ...base, target, scoring }), scoring.method).toEqual([]);
    }
  });

  it('asks a binding indicator and one with milestones, class or unit targets or a trajectory for a target, saying why', () => {
    const scoring = { method: 'minMax' };
    expect(problems({ ...base, attribute: 'binding', scoring })).toEqual([
      ['target', '约束性指标以目标值为约束：请填写目标值（target）'],
    ]);
    expect(problems({ ...base, milestones: [{ period: '2024', value: 50 }], scoring })).toEqual([
      ['target', '阶段目标（milestones）通向目标值：请填写目标值（target）'],
    ]);
    expect(problems({ ...base, classTargets: [{ tag: 'hilly', value: 50 }], scoring }).map(([at]) => at)).toEqual([
      'target',
    ]);
    expect(
      problems({ ...base, unitTargets: [{ unit: 'u', period: '2025', value: 50 }], scoring }).map(([at]) => at),
    ).toEqual(['target']);
    expect(problems({ ...base, trajectory: 'compound', scoring }).map(([at]) => at)).toEqual(['target', 'baseline']);
    expect(problems({ ...base, baseline, target, trajectory: 'compound', scoring })).toEqual([]);
  });
});
