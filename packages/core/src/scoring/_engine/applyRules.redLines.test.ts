import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.js';
import { data, rulesToy } from './rulesToy.fixture.js';

// u1 totals 88.5 before rules (良好). A veto only for grade I zones losing at least 0.1 km² of
// area or changing nature; a deduction of 5 points per other breached zone, at most 10.
const veto = {
  kind: 'veto',
  id: 'veto',
  reason: { zh: 'I 级管控区面积减少 0.1 平方公里以上，一票否决' },
  when: { event: 'redLineBreach', zoneGrades: ['I'], kinds: ['areaReduced'], minAreaLoss: 0.1 },
  grade: 'fail',
};
const perZone = {
  kind: 'deduction',
  id: 'per-zone',
  points: 5,
  perOccurrence: true,
  max: 10,
  reason: { zh: '每处红线区受损扣 5 分' },
  when: { event: 'redLineBreach' },
};
const breach = (zone: string, grade: string, kinds: string[], areaLoss: number, functionLoss = 0) => ({
  zone,
  grade,
  kinds: kinds as Array<'areaReduced' | 'functionDegraded' | 'natureChanged'>,
  areaLoss,
  functionLoss,
});
const run = (breaches: unknown[]) =>
  assess(rulesToy({ rules: [veto, perZone] }), data, {
    period: '2025',
    breaches: { u1: breaches as never },
  }).results[0]!;

describe('red-line conditions by zone grade, kind and size', () => {
  it('vetoes a grade I zone that lost 0.35 km², and deducts 5 per breached zone', () => {
    const u1 = run([breach('z1', 'I', ['areaReduced'], 0.35), breach('z2', 'II', ['functionDegraded'], 0, 0.02)]);
    expect(u1.grade).toBe('fail');
    expect(u1.rules.map((r) => [r.rule, r.evidence])).toEqual([
      ['veto', 'red-line breach: z1'],
      ['per-zone', 'red-line breach: z1, z2'],
    ]);
    expect(u1.total).toBe(78.5);
  });

  it('does not veto a smaller loss, a grade II zone or another kind of breach', () => {
    for (const b of [
      breach('z1', 'I', ['areaReduced'], 0.05),
      breach('z1', 'II', ['areaReduced'], 0.5),
      breach('z1', 'I', ['functionDegraded'], 0, 0.2),
    ]) {
      const u1 = run([b]);
      expect(u1.rules.map((r) => r.rule)).toEqual(['per-zone']);
      expect(u1).toMatchObject({ grade: 'good', total: 83.5 });
    }
  });

  it('meets a plain zone id (nothing known about the breach) only with a condition without filters', () => {
    const u1 = run(['z1']);
    expect(u1.rules.map((r) => r.rule)).toEqual(['per-zone']);
  });
});
