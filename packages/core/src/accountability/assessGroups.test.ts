import { describe, expect, it } from 'vitest';
import { assessGroups } from './assessGroups.js';
import { assessBundle } from './assessBundle.js';
import { nodeTimeliness } from './nodeTimeliness.js';
import type { TaskFacts } from './scoreTasks.js';
import type { Framework } from '../model/framework.schema.js';
import type { UnitGroup } from '../model/unitGroup.schema.js';
import { parseFramework } from '../model/parseFramework.js';
import { parseReports } from '../model/parseReports.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { roundDecimal } from '../scoring/assess/roundDecimal.js';

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
const r = parseReports(JSON.parse(readMeixi('reports.json')));
if (!f.ok || !o.ok || !r.ok) throw new Error('the example city must parse');
const districts: UnitGroup = {
  id: 'districts',
  label: { zh: '区县', en: 'Districts and counties' },
  kinds: ['district', 'county'],
  indicators: 80,
  tasks: {
    points: 20,
    clause: { zh: '第六条', en: 'Article 6' },
    method: { kind: 'timeliness', per: 'node', onTime: 1, late: 0.5, notDone: 0 },
    roles: { lead: 1, cooperating: 0.5 },
    noTasks: 'fullPoints',
  },
  vetoed: 'last',
};
const departments: UnitGroup = {
  id: 'departments',
  label: { zh: '市直部门', en: 'City departments' },
  kinds: ['department'],
  indicators: 0,
  tasks: { ...districts.tasks!, points: 100, noTasks: 'excluded' },
  vetoed: 'last',
};
const withGroups = (groups: UnitGroup[]): Framework => ({ ...f.value, scheme: { ...f.value.scheme, groups } });
const facts = new Map<string, TaskFacts>(
  f.value.measures.map((m) => [m.id, { measure: m.id, nodes: nodeTimeliness(m, r.value, '2025-12-31'), band: null }]),
);
const run = (groups: UnitGroup[], flags: Record<string, string[]> = {}) => {
  const framework = withGroups(groups);
  const assessment = assessBundle({ framework, observations: o.value }, { period: '2025', flags });
  return { assessment, units: assessGroups(framework, assessment, facts, 2025) };
};

describe('assessGroups', () => {
  it('adds the indicator total scaled to 80 and the task points, rounded once as the scheme says', () => {
    const { assessment, units } = run([districts, departments]);
    const xihu = units.find((u) => u.unit === 'xihu')!;
    const indicator = assessment.results.find((x) => x.unit === 'xihu')!;
    // Xihu's one task node due in 2025 (its sewage survey) was done on time: 20 task points.
    expect(xihu.tasks!.points).toBe(20);
    expect(xihu.indicators!.points).toBeCloseTo((indicator.totalUnrounded! * 80) / 100, 12);
    expect(xihu.total).toBe(roundDecimal(xihu.indicators!.points! + 20, 1, 'halfUp'));
    // Gangkou's was done 46 days late: this group's late share, 50 % of the 20 points.
    expect(units.find((u) => u.unit === 'gangkou')!.tasks!.points).toBe(10);
  });

  it('scores departments on tasks alone and ranks them within their group', () => {
    const { units } = run([districts, departments]);
    const deps = units.filter((u) => u.group === 'departments');
    expect(deps.map((u) => u.unit)).toEqual(['eeb', 'nrpb', 'drc', 'hurd', 'wrb', 'miit', 'arab', 'edu']);
    const miit = deps.find((u) => u.unit === 'miit')!;
    // miit leads backward-capacity (node "half" due 2025-06-30, not done: 0) and co-operates on
    // polluters (first-batch on time: 1) and clusters (park on time: 1): 100 × 2 / 3 = 66.7.
    expect(miit.tasks!.items.map((i) => [i.measure, i.node, i.role, i.credit])).toEqual([
      ['backward-capacity', 'half', 'lead', 0],
      ['polluters', 'first-batch', 'cooperating', 1],
      ['clusters', 'park', 'cooperating', 1],
    ]);
    expect(miit.total).toBe(66.7);
    expect(miit.grade).toBe('pass');
    expect(miit.indicators).toBeNull();
    for (const a of deps) for (const b of deps) if (a.total! > b.total!) expect(a.rank!).toBeLessThan(b.rank!);
    expect(Math.min(...deps.map((u) => u.rank!))).toBe(1);
  });

  it('places a vetoed unit after every other unit of its group, or leaves it unranked, as the group says', () => {
    const last = run([districts]).units;
    const nanshan = last.find((u) => u.unit === 'nanshan')!;
    expect(nanshan).toMatchObject({ vetoed: true, grade: 'fail', gradeRules: ['redline-veto'], rank: 6 });
    expect(nanshan.gradeByPoints).toBe('excellent');
    expect(
      last
        .filter((u) => !u.vetoed)
        .map((u) => u.rank)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);
    const unranked = run([{ ...districts, vetoed: 'unranked' }]).units;
    expect(unranked.find((u) => u.unit === 'nanshan')!.rank).toBeNull();
  });

  it('keeps a grade cap of the indicator assessment: Xihu with a major incident cannot be 优秀', () => {
    const xihu = run([districts], { xihu: ['majorIncident'] }).units.find((u) => u.unit === 'xihu')!;
    expect(xihu.gradeByPoints).toBe('excellent');
    expect(xihu).toMatchObject({ grade: 'good', gradeRules: ['major-incident'], vetoed: false });
  });

  it('scales the scored part up to the total when a unit has no task and the scheme excludes the part', () => {
    // Without its task, and with the task part excluded, Xihu's indicator part is scaled 80 → 100.
    const f2 = { ...f.value, measures: f.value.measures.filter((m) => m.lead !== 'xihu') };
    const framework = {
      ...f2,
      scheme: {
        ...f2.scheme,
        groups: [{ ...districts, tasks: { ...districts.tasks!, noTasks: 'excluded' as const } }],
      },
    };
    const assessment = assessBundle({ framework, observations: o.value }, { period: '2025' });
    const excluded = { assessment, units: assessGroups(framework, assessment, facts, 2025) };
    const xihu = excluded.units.find((u) => u.unit === 'xihu')!;
    const indicator = excluded.assessment.results.find((x) => x.unit === 'xihu')!;
    expect(xihu.totalUnrounded).toBeCloseTo(indicator.totalUnrounded!, 12);
    // The supervision office has neither indicators nor tasks: no total, no rank.
    const office = run([{ ...departments, kinds: ['group'] }]).units;
    expect(office).toMatchObject([
      { unit: 'supervision', total: null, rank: null, tasks: { points: null, items: [] } },
    ]);
  });

  it('gives no total to a unit of a group scored on indicators when it has no indicator total', () => {
    const edu = run([{ ...districts, kinds: ['department'] }]).units.find((u) => u.unit === 'edu')!;
    expect(edu.indicators).toEqual({ total: null, available: 80, points: null });
    expect(edu).toMatchObject({ total: null, grade: null, rank: null });
  });
});
