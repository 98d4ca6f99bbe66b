import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.js';
import type { Framework } from '../../model/framework.schema.js';
import { data, obs, rulesToy } from './rulesToy.fixture.js';

const framework = rulesToy;
const result = (f: Framework, o = data, options: object = {}) => assess(f, o, { period: '2025', ...options });

describe('assess() rules, applied in declared order', () => {
  it('takes the lower of two area scores for key regions (T33: 92 and 85 → 85, 良好)', () => {
    const f = framework({
      rules: [{ kind: 'minOf', id: 'key', reason: { zh: '重点区域取低' }, tag: 'keyRegion', areas: ['A', 'B'] }],
      tags: { u1: ['keyRegion'] },
    });
    const [u1, u2] = result(f).results;
    expect(u1).toMatchObject({ total: 85, grade: 'good' });
    expect(u1!.rules[0]).toMatchObject({ kind: 'minOf', points: -3.5 });
    expect(u2!.rules).toEqual([]);
  });

  it('deducts and adds points with caps, and never leaves 0–total', () => {
    const f = framework({
      rules: [
        {
          kind: 'deduction',
          id: 'complaint',
          points: 5,
          reason: { zh: '投诉' },
          when: { event: 'flag', flag: 'complaint' },
        },
        {
          kind: 'bonus',
          id: 'honour',
          points: 10,
          max: 3,
          reason: { zh: '荣誉' },
          when: { event: 'flag', flag: 'honour' },
        },
      ],
    });
    const [u1, u2] = result(f, data, { flags: { u1: ['complaint'], u2: ['honour'] } }).results;
    expect(u1!.total).toBe(83.5);
    expect(u2!.total).toBe(98);
    expect(u2!.rules[0]).toMatchObject({ kind: 'bonus', points: 3 });
  });

  it('caps the grade after a major incident, and fails a unit on a veto, whatever its points', () => {
    const f = framework({
      rules: [
        {
          kind: 'gradeCap',
          id: 'incident',
          reason: { zh: '重大事件' },
          when: { event: 'flag', flag: 'majorIncident' },
          maxGrade: 'good',
        },
        {
          kind: 'veto',
          id: 'fake',
          reason: { zh: '数据造假' },
          when: { event: 'flag', flag: 'falsified' },
          grade: 'fail',
        },
      ],
    });
    const r = result(f, data, { flags: { u2: ['majorIncident'] } }).results[1]!;
    expect([r.total, r.grade]).toEqual([95, 'good']);
    expect(result(f, data, { flags: { u2: ['falsified'] } }).results[1]!.grade).toBe('fail');
  });

  it('fails a unit that misses a binding indicator when the scheme says so', () => {
    const f = framework({
      rules: [{ kind: 'bindingUnmet', id: 'binding', reason: { zh: '约束性指标未完成' }, effect: 'fail' }],
    });
    const low = [...obs('u1', { a1: 70, a2: 100, b1: 100, b2: 100 })];
    expect(result(f, low).results[0]).toMatchObject({ total: 92.5, grade: 'fail' });
  });

  it('rounds once, half up, and grades on the declared edge (89.95 → 90.0 → 优秀)', () => {
    const edge = obs('u1', { a1: 89.9, a2: 90, b1: 90, b2: 89.9 });
    expect(result(framework(), edge).results[0]).toMatchObject({ total: 90, grade: 'excellent' });
  });
});

describe('assess() records what each fired rule did, and the unit before any rule', () => {
  const cap = (id: string, grade: string, flag = 'incident') => ({
    kind: 'gradeCap',
    id,
    reason: { zh: id },
    when: { event: 'flag', flag },
    maxGrade: grade,
  });
  const veto = (id: string, grade: string, flag: string) => ({
    kind: 'veto',
    id,
    reason: { zh: id },
    when: { event: 'flag', flag },
    grade,
  });

  it('stores the subtotal before rules (rounded and not) and the running total around each point rule', () => {
    const f = framework({
      rules: [
        {
          kind: 'deduction',
          id: 'complaint',
          points: 5,
          reason: { zh: '投诉' },
          when: { event: 'flag', flag: 'complaint' },
        },
        {
          kind: 'bonus',
          id: 'honour',
          points: 10,
          max: 3,
          reason: { zh: '荣誉' },
          when: { event: 'flag', flag: 'honour' },
        },
      ],
    });
    const [u1, u2] = result(f, data, { flags: { u1: ['complaint'], u2: ['honour'] } }).results;
    expect(u1).toMatchObject({
      subtotal: 88.5,
      subtotalUnrounded: 88.5,
      total: 83.5,
      gradeByPoints: 'good',
      grade: 'good',
    });
    expect(u1!.rules[0]).toMatchObject({
      effect: 'moved',
      totalBefore: 88.5,
      totalAfter: 83.5,
      gradeBefore: null,
      gradeAfter: null,
    });
    // The bonus is clamped at the total points: from 95 it can add 3 and reaches 98.
    expect(u2!.rules[0]).toMatchObject({ effect: 'moved', points: 3, totalBefore: 95, totalAfter: 98 });
  });

  it('records a point rule that moved nothing at the bound as having no effect', () => {
    const f = framework({
      rules: [
        { kind: 'bonus', id: 'honour', points: 10, reason: { zh: '荣誉' }, when: { event: 'flag', flag: 'honour' } },
      ],
    });
    const full = obs('u1', { a1: 100, a2: 100, b1: 100, b2: 100 });
    expect(result(f, full, { flags: { u1: ['honour'] } }).results[0]!.rules[0]).toMatchObject({
      points: 0,
      effect: 'none',
      totalBefore: 100,
      totalAfter: 100,
    });
  });

  it('applies caps in order from the grade by points: each lowers the grade it finds, or has no effect', () => {
    const f = framework({ rules: [cap('toGood', 'good'), cap('toPass', 'pass'), cap('toExcellent', 'excellent')] });
    const u2 = result(f, data, { flags: { u2: ['incident'] } }).results[1]!;
    expect([u2.gradeByPoints, u2.grade]).toEqual(['excellent', 'pass']);
    expect(u2.rules.map((r) => [r.rule, r.effect, r.gradeBefore, r.gradeAfter])).toEqual([
      ['toGood', 'capped', 'excellent', 'good'],
      ['toPass', 'capped', 'good', 'pass'],
      ['toExcellent', 'none', 'pass', 'pass'],
    ]);
    expect(u2.rules.every((r) => r.totalBefore === 95 && r.totalAfter === 95)).toBe(true);
  });

  it('lets the last veto decide the grade from the grade by points; every other grade rule then has no effect', () => {
    const f = framework({
      rules: [
        cap('toGood', 'good'),
        veto('first', 'good', 'incident'),
        veto('last', 'pass', 'incident'),
        cap('toFail', 'fail'),
      ],
    });
    const u2 = result(f, data, { flags: { u2: ['incident'] } }).results[1]!;
    expect(u2.grade).toBe('pass');
    expect(u2.rules.map((r) => [r.rule, r.effect, r.gradeBefore, r.gradeAfter])).toEqual([
      ['toGood', 'none', null, null],
      ['first', 'none', null, null],
      ['last', 'forced', 'excellent', 'pass'],
      ['toFail', 'none', null, null],
    ]);
  });

  it('forces the lowest band for an unmet binding indicator, recorded as forced', () => {
    const f = framework({
      rules: [{ kind: 'bindingUnmet', id: 'binding', reason: { zh: '约束性指标未完成' }, effect: 'fail' }],
    });
    const u1 = result(f, obs('u1', { a1: 70, a2: 100, b1: 100, b2: 100 })).results[0]!;
    expect(u1).toMatchObject({ gradeByPoints: 'excellent', grade: 'fail' });
    expect(u1.rules[0]).toMatchObject({ effect: 'forced', gradeBefore: 'excellent', gradeAfter: 'fail' });
  });

  it('gives a unit without a total no subtotal and no grade, and its grade rules no effect', () => {
    const f = framework({ missing: { policy: 'error' }, rules: [veto('fake', 'fail', 'falsified')] });
    const u1 = result(f, obs('u1', { a1: 80, a2: null, b1: 60, b2: 60 }), { flags: { u1: ['falsified'] } }).results[0]!;
    expect(u1).toMatchObject({
      total: null,
      subtotal: null,
      subtotalUnrounded: null,
      gradeByPoints: null,
      grade: null,
    });
    expect(u1.rules[0]).toMatchObject({
      effect: 'none',
      totalBefore: null,
      totalAfter: null,
      gradeBefore: null,
      gradeAfter: null,
    });
  });
});

describe('assess() missing-data policies', () => {
  const gap = [...obs('u1', { a1: 80, a2: null, b1: 60, b2: 60 }), ...obs('u2', { a1: 40, a2: 100, b1: 60, b2: 60 })];
  it.each([
    ['exclude: the other indicator takes the whole area', { policy: 'exclude' }, 70],
    ['zero: the gap scores 0', { policy: 'zero' }, 50],
    [
      "floor 60, declared above the scale's minimum: the gap scores 60",
      { policy: 'floor', value: 60, aboveMinimum: true },
      65,
    ],
    ['peer mean: the gap takes the mean of the other units', { policy: 'peerMean' }, 75],
  ])('%s', (_, missing, total) => {
    expect(result(framework({ missing }), gap).results[0]!.total).toBe(total);
  });
  it('refuses a floor above the lowest score a reported value can get, unless declared (a gap would outscore a report)', () => {
    expect(() => framework({ missing: { policy: 'floor', value: 60 } })).toThrow(/floor_above_minimum/);
  });
  it('carries the last earlier observation forward, flagged imputed', () => {
    const f = framework({ missing: { policy: 'carryForward' } });
    const a = result(f, [...gap, ...obs('u1', { a2: 100 }, '2023'), ...obs('u1', { a2: 20 }, '2024')]);
    expect(a.results[0]!.total).toBe(55);
    expect(a.cells.flags[1]).toEqual(['missing', 'imputed']);
  });
  it('carries the highest revision of the last earlier period forward, whatever the input order (fuzzing found the first one met kept)', () => {
    const f = framework({ missing: { policy: 'carryForward' } });
    const [first, revised] = [obs('u1', { a2: 10 }, '2024')[0]!, { ...obs('u1', { a2: 20 }, '2024')[0]!, revision: 1 }];
    const forward = result(f, [...gap, first, revised]);
    const backward = result(f, [...gap, revised, first]);
    expect(forward.results[0]!.total).toBe(backward.results[0]!.total);
    expect(JSON.stringify(forward)).toBe(JSON.stringify(backward));
    expect(forward.results[0]!.total).toBe(result(f, [...gap, revised]).results[0]!.total);
    expect(forward.results[0]!.total).not.toBe(result(f, [...gap, first]).results[0]!.total);
  });
  it('T22 as data: an area with fewer present indicators than its minimum counts as missing', () => {
    const f = framework();
    f.areas[0]!.minIndicators = 2;
    const a = result(f, gap);
    expect(a.results[0]!.areas[0]).toMatchObject({ score: null, flags: ['missing'] });
    expect(a.results[0]!.total).toBe(60);
    expect(a.results[1]!.areas[0]!.score).toBe(70);
  });

  it('gives no total, no rank and an error diagnostic under the error policy', () => {
    const a = result(framework({ missing: { policy: 'error' } }), gap);
    expect(a.results[0]).toMatchObject({ total: null, rank: null, grade: null });
    expect(a.diagnostics.map((d) => d.code)).toContain('missing_value');
  });
});
