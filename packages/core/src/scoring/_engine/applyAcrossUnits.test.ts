import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.js';
import { explain } from '../assess/explain.js';
import { periodGrades } from '../assess/periodGrades.js';
import { obs, rulesToy } from './rulesToy.fixture.js';

// Ten districts whose totals are their value on every indicator (value method, areas averaged):
// d1 99, d2 97, d3 95, d4 93, d5 93, d6 91, d7 85, d8 75, d9 55, d10 55. Grades: 优秀 ≥ 90.
const districts = Array.from({ length: 10 }, (_, k) => `d${k + 1}`);
const totals = [99, 97, 95, 93, 93, 91, 85, 75, 55, 55];
const data = districts.flatMap((d, k) => obs(d, { a1: totals[k]!, a2: totals[k]!, b1: totals[k]!, b2: totals[k]! }));
const quota = (ties: 'keep' | 'demote', maxPercent = 30) => ({
  kind: 'gradeQuota',
  id: 'quota',
  reason: { zh: '优秀等次不超过参评单位的 30%', en: 'At most 30 % excellent' },
  grade: 'excellent',
  maxPercent,
  demoteTo: 'good',
  ties,
});
const run = (rules: object[], options: object = {}, rows = data) =>
  assess(rulesToy({ rules, districts }), rows, { period: '2025', ...options });

describe('grade quotas', () => {
  it('keeps at most 30 % of ten graded units (3) in 优秀 and demotes the others, lowest ranked, to 良好', () => {
    const a = run([quota('demote')]);
    expect(a.results.map((r) => r.grade)).toEqual([
      'excellent',
      'excellent',
      'excellent',
      'good',
      'good',
      'good',
      'good',
      'good',
      'fail',
      'fail',
    ]);
    expect(a.results[5]!.rules).toEqual([
      expect.objectContaining({
        rule: 'quota',
        kind: 'gradeQuota',
        grade: 'good',
        effect: 'capped',
        gradeBefore: 'excellent',
        gradeAfter: 'good',
        points: 0,
        evidence: 'excellent limited to 30% of 10 graded units, 3; ranked 6',
      }),
    ]);
    expect(a.results[5]!.gradeByPoints).toBe('excellent');
  });

  it('resolves a tie across the edge as declared: keep both (4 stay) or demote both (3 stay)', () => {
    // 40 % of 10 is 4: d4 and d5 share rank 4, so the edge falls between them at places 4 and 5.
    const keep = run([quota('keep', 40)])
      .results.filter((r) => r.grade === 'excellent')
      .map((r) => r.unit);
    const demote = run([quota('demote', 40)])
      .results.filter((r) => r.grade === 'excellent')
      .map((r) => r.unit);
    expect(keep).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(demote).toEqual(['d1', 'd2', 'd3']);
  });

  it('leaves the grades alone when the quota is not exceeded, and rounds the quota down (25 % of 10 is 2)', () => {
    expect(run([quota('demote', 60)]).results.every((r) => r.rules.length === 0)).toBe(true);
    expect(run([quota('demote', 25)]).results.filter((r) => r.grade === 'excellent')).toHaveLength(2);
  });
});

describe('the last ranked', () => {
  const bottom = (count: number, ties: 'include' | 'exclude') => ({
    kind: 'rankBottom',
    id: 'last',
    reason: { zh: '排名后三位的单位，约谈主要负责人', en: 'The last three: interview' },
    count,
    action: 'interview',
    ties,
  });

  it('calls the last three to an interview, ties with the last of them included (d8, d9, d10)', () => {
    const a = run([bottom(3, 'include')]);
    const called = a.results.filter((r) => r.rules.some((x) => x.action === 'interview')).map((r) => r.unit);
    expect(called).toEqual(['d8', 'd9', 'd10']);
    expect(a.results[7]!.rules[0]).toMatchObject({
      kind: 'rankBottom',
      effect: 'action',
      action: 'interview',
      evidence: 'ranked 8 of 10, among the last 3',
      gradeBefore: null,
      gradeAfter: null,
    });
    expect(a.results[7]!.grade).toBe('good');
  });

  it('with the edge inside a tie (the last one: d9 and d10 share rank 9) includes both or neither', () => {
    const called = (ties: 'include' | 'exclude') =>
      run([bottom(1, ties)])
        .results.filter((r) => r.rules.length > 0)
        .map((r) => r.unit);
    expect(called('include')).toEqual(['d9', 'd10']);
    expect(called('exclude')).toEqual([]);
  });

  it('explain() names the action', () => {
    const a = run([bottom(3, 'include')]);
    expect(explain(a, { unit: 'd9', lang: 'zh-CN' })!.text).toContain(
      '约谈：排名后三位的单位，约谈主要负责人（排名第 9/10，位列后 3 名）',
    );
  });
});

describe('grades in consecutive periods', () => {
  const twice = {
    kind: 'consecutiveGrade',
    id: 'twice-failed',
    reason: { zh: '连续两年考核不合格，约谈', en: 'Failed two years running: interview' },
    grade: 'fail',
    periods: 2,
    action: 'interview',
  };

  it('calls a unit failed this year and last year to an interview, read from the history given', () => {
    const last = run([twice], { period: '2025' });
    const y2024 = { ...periodGrades(last), period: '2024' };
    y2024.grades = { ...y2024.grades, d10: 'pass' };
    const a = run([twice], { history: [y2024] });
    const called = a.results.filter((r) => r.rules.length > 0);
    expect(called.map((r) => r.unit)).toEqual(['d9']);
    expect(called[0]!.rules[0]).toMatchObject({
      action: 'interview',
      evidence: 'fail in 2024, 2025',
      effect: 'action',
    });
  });

  it('does not fire without the period just before in the history', () => {
    const y2023 = { period: '2023', grades: { d9: 'fail', d10: 'fail' } };
    expect(run([twice], { history: [y2023] }).results.every((r) => r.rules.length === 0)).toBe(true);
    expect(run([twice]).results.every((r) => r.rules.length === 0)).toBe(true);
  });
});
