import type { Issue } from '../../result/issue.js';
import { makeIssue } from '../../result/makeIssue.js';
import { entries, isObject, str } from './loose.js';
import { nearestId, type IdCandidate } from '../nearestId.js';

const kinds = {
  area: ['area', '领域'],
  goal: ['goal', '目标'],
  indicator: ['indicator', '指标'],
  unit: ['unit', '单位'],
  grade: ['grade', '等次'],
} as const;
type Kind = keyof typeof kinds;

/**
 * The declared ids of a collection with the names written for them (`name`, `title`, `label`), for
 * {@link nearestId}: `idCandidates` does this for a parsed framework, but validation reads the
 * document loosely, before (and whether or not) it parses.
 */
function candidates(doc: unknown, key: string): IdCandidate[] {
  return entries(doc, key).flatMap(([o]) => {
    const id = str(o, 'id');
    if (id === undefined) return [];
    const names = ['name', 'title', 'label'].flatMap((k) => [str(o[k], 'zh'), str(o[k], 'en')]);
    return [{ id, names: names.filter((n): n is string => n !== undefined) }];
  });
}

/**
 * Every reference to an area, goal, indicator, unit or grade that the framework does not declare,
 * with the declared id it most likely meant (`nearestId`) when one is close.
 */
export function checkReferences(doc: unknown): Issue[] {
  const scheme = isObject(doc) ? doc['scheme'] : undefined;
  const declared: Record<Kind, IdCandidate[]> = {
    area: candidates(doc, 'areas'),
    goal: candidates(doc, 'goals'),
    indicator: candidates(doc, 'indicators'),
    unit: candidates(doc, 'units'),
    grade: candidates(scheme, 'grades'),
  };
  const known = Object.fromEntries(
    Object.entries(declared).map(([kind, list]) => [kind, new Set(list.map((c) => c.id))]),
  ) as Record<Kind, Set<string>>;
  const issues: Issue[] = [];
  const check = (value: unknown, kind: Kind, path: Array<string | number>): void => {
    if (typeof value !== 'string' || known[kind].has(value)) return;
    const [en, zh] = kinds[kind];
    const guess = nearestId(value, declared[kind]);
    const [hintEn, hintZh] = guess === null ? ['', ''] : [`; did you mean "${guess}"?`, `；是否应为“${guess}”？`];
    issues.push(
      makeIssue(path, 'unknown_reference', `unknown ${en} "${value}"${hintEn}`, `未知${zh}“${value}”${hintZh}`),
    );
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
  for (const [c, i] of entries(doc, 'chiefAreas')) {
    each(c['units'], 'unit', ['chiefAreas', i, 'units']);
    each(c['indicators'], 'indicator', ['chiefAreas', i, 'indicators']);
  }
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
