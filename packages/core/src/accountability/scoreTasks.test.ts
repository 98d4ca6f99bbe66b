import { describe, expect, it } from 'vitest';
import { scoreTasks, type TaskFacts } from './scoreTasks.js';
import { nodeTimeliness } from './nodeTimeliness.js';
import type { Framework } from '../model/framework.schema.js';
import type { Measure } from '../model/measure.schema.js';
import type { TaskScoring } from '../model/taskScoring.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import { parseFramework } from '../model/parseFramework.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';

const parsed = parseFramework(meixiFramework());
if (!parsed.ok) throw new Error('the example city must parse');
const node = (id: string, due: string) => ({ id, title: { zh: `节点${id}`, en: `node ${id}` }, due });
const measure = (id: string, lead: string, cooperating: string[], nodes: Measure['nodes']): Measure => ({
  id,
  title: { zh: `任务${id}`, en: `task ${id}` },
  goal: 'reform',
  lead,
  cooperating,
  nodes,
  indicators: [],
});
// eeb leads A (a1 on time, a2 20 days late) and co-operates on B (b1 not done; b2 due in 2026).
const A = measure('A', 'eeb', [], [node('a1', '2025-03-31'), node('a2', '2025-06-30')]);
const B = measure('B', 'miit', ['eeb'], [node('b1', '2025-09-30'), node('b2', '2026-03-31')]);
const framework: Framework = { ...parsed.value, measures: [A, B] };
const reports: ProgressReport[] = [
  { measure: 'A', node: 'a1', date: '2025-03-31', percent: 100 },
  { measure: 'A', node: 'a2', date: '2025-07-20', percent: 100 },
  { measure: 'B', node: 'b1', date: '2025-12-01', percent: 60 },
];
const facts = (bands: Record<string, TaskFacts['band']> = { A: null, B: null }) =>
  new Map<string, TaskFacts>(
    [A, B].map((m) => [m.id, { measure: m.id, nodes: nodeTimeliness(m, reports, '2025-12-31'), band: bands[m.id]! }]),
  );
const timeliness = (per: 'node' | 'task'): TaskScoring => ({
  points: 20,
  clause: { zh: '第六条', en: 'Article 6' },
  method: { kind: 'timeliness', per, onTime: 1, late: 0.5, notDone: 0 },
  roles: { lead: 1, cooperating: 0.5 },
  noTasks: 'fullPoints',
});

describe('scoreTasks', () => {
  it('per node: a1 on time (1), a2 late (1 − 1 × 0.5 = 0.5), b1 not done as co-operator (1 − 0.5 × 1 = 0.5): 2 × 20/3', () => {
    const s = scoreTasks(framework, 'eeb', timeliness('node'), facts(), 2025);
    expect(s.items.map((i) => [i.measure, i.node, i.role, i.level, i.credit])).toEqual([
      ['A', 'a1', 'lead', 'onTime', 1],
      ['A', 'a2', 'lead', 'late', 0.5],
      ['B', 'b1', 'cooperating', 'notDone', 0.5],
    ]);
    expect(s.points).toBeCloseTo(40 / 3, 12);
    expect(s.available).toBe(20);
    expect(s.items[2]!.reason).toEqual({
      zh: '配合任务“任务B”节点“节点b1”未完成：得 3.33 / 6.67 分',
      en: 'task "task B", node "node b1" (co-operating): not completed, 3.33 of 6.67 points',
    });
  });

  it('per task: each task at its worst node due in the year, A late (0.5) and B not done as co-operator (0.5): 10 points', () => {
    const s = scoreTasks(framework, 'eeb', timeliness('task'), facts(), 2025);
    expect(s.items.map((i) => [i.measure, i.node, i.level, i.credit])).toEqual([
      ['A', null, 'late', 0.5],
      ['B', null, 'notDone', 0.5],
    ]);
    expect(s.points).toBe(10);
  });

  it('by 序时进度: A 按序时 as lead (0.9), B 滞后序时 as co-operator (1 − 0.5 × 0.4 = 0.8): 17 points', () => {
    const pace: TaskScoring = { ...timeliness('task'), method: { kind: 'pace', ahead: 1, onPace: 0.9, behind: 0.6 } };
    const s = scoreTasks(framework, 'eeb', pace, facts({ A: 'onPace', B: 'behind' }), 2025);
    expect(s.items.map((i) => [i.measure, i.level, i.credit])).toEqual([
      ['A', 'onPace', 0.9],
      ['B', 'behind', 0.8],
    ]);
    expect(s.points).toBeCloseTo(17, 12);
  });

  it('gives a unit with no task the full points or none, as the scheme says', () => {
    expect(scoreTasks(framework, 'edu', timeliness('node'), facts(), 2025)).toEqual({
      points: 20,
      available: 20,
      items: [],
    });
    expect(
      scoreTasks(framework, 'edu', { ...timeliness('node'), noTasks: 'excluded' }, facts(), 2025).points,
    ).toBeNull();
  });

  it('scores only nodes due in the assessed year: in 2026 only b2 is due, and it is not done', () => {
    const s = scoreTasks(framework, 'miit', timeliness('node'), facts(), 2026);
    expect(s.items.map((i) => [i.node, i.level])).toEqual([['b2', 'notDone']]);
    expect(s.points).toBe(0);
  });
});
