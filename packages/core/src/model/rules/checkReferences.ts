import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, idsOf, isObject, str } from './loose.js';

const kinds = {
  area: ['area', '领域'],
  goal: ['goal', '目标'],
  indicator: ['indicator', '指标'],
  unit: ['unit', '单位'],
  grade: ['grade', '等次'],
} as const;
type Kind = keyof typeof kinds;

/** Every reference to an area, goal, indicator, unit or grade that the framework does not declare. */
export function checkReferences(doc: unknown): Issue[] {
  const known: Record<Kind, Set<string>> = {
    area: idsOf(doc, 'areas'),
    goal: idsOf(doc, 'goals'),
    indicator: idsOf(doc, 'indicators'),
    unit: idsOf(doc, 'units'),
    grade: idsOf(isObject(doc) ? doc['scheme'] : undefined, 'grades'),
  };
  const issues: Issue[] = [];
  const check = (value: unknown, kind: Kind, path: Array<string | number>): void => {
    if (typeof value !== 'string' || known[kind].has(value)) return;
    const [en, zh] = kinds[kind];
    issues.push(makeIssue(path, 'unknown_reference', `unknown ${en} "${value}"`, `未知${zh}“${value}”`));
  };
  const each = (list: unknown, kind: Kind, path: Array<string | number>): void => {
    if (Array.isArray(list)) list.forEach((v, k) => check(v, kind, [...path, k]));
  };
  for (const [a, i] of entries(doc, 'areas')) check(a['parent'], 'area', ['areas', i, 'parent']);
  for (const [g, i] of entries(doc, 'goals')) {
    check(g['area'], 'area', ['goals', i, 'area']);
    each(g['indicators'], 'indicator', ['goals', i, 'indicators']);
  }
  for (const [ind, i] of entries(doc, 'indicators')) {
    check(ind['area'], 'area', ['indicators', i, 'area']);
    check(ind['responsible'], 'unit', ['indicators', i, 'responsible']);
  }
  for (const [m, i] of entries(doc, 'measures')) {
    check(m['goal'], 'goal', ['measures', i, 'goal']);
    check(m['lead'], 'unit', ['measures', i, 'lead']);
    each(m['cooperating'], 'unit', ['measures', i, 'cooperating']);
    for (const role of ['owner', 'doer', 'checker']) check(str(m[role], 'unit'), 'unit', ['measures', i, role, 'unit']);
    each(m['indicators'], 'indicator', ['measures', i, 'indicators']);
  }
  for (const [u, i] of entries(doc, 'units')) check(u['parent'], 'unit', ['units', i, 'parent']);
  for (const [z, i] of entries(doc, 'redLines')) check(z['unit'], 'unit', ['redLines', i, 'unit']);
  const scheme = isObject(doc) ? doc['scheme'] : undefined;
  for (const [r, i] of entries(scheme, 'rules')) {
    const path = ['scheme', 'rules', i];
    check(r['grade'], 'grade', [...path, 'grade']);
    check(r['maxGrade'], 'grade', [...path, 'maxGrade']);
    check(r['demoteTo'], 'grade', [...path, 'demoteTo']);
    if (isObject(r['when'])) check(r['when']['indicator'], 'indicator', [...path, 'when', 'indicator']);
    each(r['areas'], 'area', [...path, 'areas']);
  }
  return issues;
}
