import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFramework } from './parseFramework.js';
import { formatIssues } from '../result/formatIssues.js';
import { meixiFramework } from './_fixtures/meixi.js';

const codesAt = (input: unknown): string[] => {
  const r = parseFramework(input);
  return r.ok ? [] : r.issues.map((i) => `${i.at} ${i.code}`);
};

describe('parseFramework', () => {
  it('refuses equal goalposts with a path, instead of letting assess throw later (fuzzing found it)', () => {
    const f = meixiFramework() as { indicators: Array<Record<string, unknown>> };
    f.indicators[0]!['scoring'] = { method: 'goalposts', lower: 5, upper: 5 };
    expect(codesAt(f)).toEqual(['indicators[0].scoring.upper custom']);
  });
  it('accepts the Meixi example city', () => {
    const r = parseFramework(meixiFramework());
    expect(r.ok ? [] : formatIssues(r.issues)).toEqual([]);
  });

  it('reports a deleted checker, a numeric id and an unknown lead in one run', () => {
    const f = meixiFramework();
    delete f.measures[2].checker;
    f.indicators[3].id = 42;
    f.measures[5].lead = 'nowhere';
    const r = parseFramework(f);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.at)).toEqual(
      expect.arrayContaining(['measures[2].checker', 'indicators[3].id', 'measures[5].lead']),
    );
    const checker = r.issues.find((i) => i.at === 'measures[2].checker')!;
    expect(checker.code).toBe('missing_role');
    expect(checker.message.zh).toContain('有人问');
    expect(r.issues.find((i) => i.at === 'measures[5].lead')!.message).toEqual({
      en: 'unknown unit "nowhere"',
      zh: '未知单位“nowhere”',
    });
    expect(r.issues.find((i) => i.at === 'indicators[3].id')!.message.en).toBe('expected a string, got a number');
  });

  it.each([
    ['a duplicate id', (f: any) => (f.units[3].id = f.units[2].id), 'units[3].id duplicate_id'],
    ['an unknown area', (f: any) => (f.indicators[0].area = 'sky'), 'indicators[0].area unknown_reference'],
    [
      'an unknown indicator in a goal',
      (f: any) => (f.goals[0].indicators = ['nope']),
      'goals[0].indicators[0] unknown_reference',
    ],
    [
      'an unknown grade in a rule',
      (f: any) => (f.scheme.rules[0].grade = 'gold'),
      'scheme.rules[0].grade unknown_reference',
    ],
    ['a cycle in the unit tree', (f: any) => (f.units[0].parent = f.units[1].id), 'units[0].parent cycle'],
    [
      'a baseline after its target',
      (f: any) => (f.indicators[1].baseline.period = '2030'),
      'indicators[1].baseline.period baseline_after_target',
    ],
    [
      'a node due outside the plan',
      (f: any) => (f.measures[0].nodes[0].due = '2027-01-31'),
      'measures[0].nodes[0].due date_outside_period',
    ],
    ['weights that do not add up', (f: any) => (f.areas[0].weight = 0.5), 'areas[0].weight weights_sum'],
    ['a missing owner', (f: any) => delete f.measures[1].owner, 'measures[1].owner missing_role'],
    ['a missing doer', (f: any) => delete f.measures[1].doer, 'measures[1].doer missing_role'],
    [
      'an indicator with no responsible unit',
      (f: any) => delete f.indicators[4].responsible,
      'indicators[4].responsible missing_responsible_unit',
    ],
    ['a wrong type', (f: any) => (f.indicators[2].weight = 'heavy'), 'indicators[2].weight invalid_type'],
    ['an unknown polarity', (f: any) => (f.indicators[2].polarity = 'up'), 'indicators[2].polarity invalid_value'],
    ['a bad period', (f: any) => (f.indicators[2].target.period = '2026-13'), 'indicators[2].target.period custom'],
    ['a misspelt key', (f: any) => (f.areas[0].wieght = 1), 'areas[0].wieght unrecognized_keys'],
    [
      'an unknown scoring method',
      (f: any) => (f.indicators[0].scoring = { method: 'magic' }),
      'indicators[0].scoring.method invalid_union',
    ],
  ])('rejects %s with its path and code', (_, mutate, expected) => {
    const f = meixiFramework();
    mutate(f);
    expect(codesAt(f)).toContain(expected);
  });

  it('does not change its input', () => {
    const f = meixiFramework();
    const copy = structuredClone(f);
    parseFramework(f);
    expect(f).toEqual(copy);
  });

  it('never throws and always gives paths, whatever the mutation (property)', () => {
    const base = meixiFramework();
    const paths: Array<Array<string | number>> = [];
    const walk = (x: unknown, p: Array<string | number>): void => {
      if (p.length > 0) paths.push(p);
      if (Array.isArray(x)) x.slice(0, 3).forEach((v, k) => walk(v, [...p, k]));
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, [...p, k]);
    };
    walk(base, []);
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.string({ maxLength: 5 }),
      fc.constant('x'.repeat(100_000)),
      fc.integer(),
      fc.constant([]),
      fc.constant({}),
      fc.constant('unknown-id'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), junk), { minLength: 1, maxLength: 4 }), (edits) => {
        const f = structuredClone(base);
        for (const [path, value] of edits) {
          const parent = path.slice(0, -1).reduce<any>((o, k) => (o && typeof o === 'object' ? o[k] : undefined), f);
          if (parent && typeof parent === 'object') {
            if (value === undefined) delete parent[path.at(-1)!];
            else parent[path.at(-1)!] = value;
          }
        }
        const r = parseFramework(f);
        if (!r.ok) {
          for (const issue of r.issues) {
            expect(Array.isArray(issue.path)).toBe(true);
            expect(typeof issue.at).toBe('string');
            expect(issue.message.en.length).toBeGreaterThan(0);
            expect(issue.message.zh.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
    for (const input of [null, undefined, 42, 'framework', [], {}, { areas: 'x' }])
      expect(() => parseFramework(input)).not.toThrow();
  });
});
