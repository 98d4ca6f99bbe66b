import { describe, expect, it } from 'vitest';
import { nodeTimeliness } from './nodeTimeliness.js';
import type { Measure } from '../model/measure.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';

const measure: Measure = {
  id: 'm',
  title: { zh: '任务', en: 'Task' },
  goal: 'g',
  lead: 'eeb',
  cooperating: [],
  nodes: [
    { id: 'late', title: { zh: '乙', en: 'B' }, due: '2025-06-30' },
    { id: 'onTime', title: { zh: '甲', en: 'A' }, due: '2025-03-31' },
    { id: 'open', title: { zh: '丙', en: 'C' }, due: '2025-09-30' },
    { id: 'future', title: { zh: '丁', en: 'D' }, due: '2026-03-31' },
  ],
  indicators: [],
};
const reports: ProgressReport[] = [
  { measure: 'm', node: 'onTime', date: '2025-03-31', percent: 100 },
  { measure: 'm', node: 'late', date: '2025-06-30', percent: 80 },
  { measure: 'm', node: 'late', date: '2025-08-15', percent: 100 },
  { measure: 'm', node: 'late', date: '2025-07-20', percent: 90, status: 'done' },
  { measure: 'other', node: 'open', date: '2025-09-01', percent: 100 },
];

describe('nodeTimeliness', () => {
  it('gives each node in due-date order: on time on the due date, late by the first done report, overdue, pending', () => {
    expect(nodeTimeliness(measure, reports, '2025-12-31')).toEqual([
      { measure: 'm', node: 'onTime', due: '2025-03-31', completed: '2025-03-31', daysLate: 0, timing: 'onTime' },
      // The report of 20 July says done at 90 %: done on 20 July, 20 days after 30 June.
      { measure: 'm', node: 'late', due: '2025-06-30', completed: '2025-07-20', daysLate: 20, timing: 'late' },
      // Another measure's report does not complete it: 30 Sep → 31 Dec is 92 days.
      { measure: 'm', node: 'open', due: '2025-09-30', completed: null, daysLate: 92, timing: 'overdue' },
      { measure: 'm', node: 'future', due: '2026-03-31', completed: null, daysLate: 0, timing: 'pending' },
    ]);
  });

  it('ignores reports after the as-of date: on 10 July the late node is overdue by 10 days', () => {
    expect(nodeTimeliness(measure, reports, '2025-07-10')[1]).toMatchObject({
      completed: null,
      daysLate: 10,
      timing: 'overdue',
    });
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([measure, reports]);
    nodeTimeliness(measure, reports, '2025-12-31');
    expect(JSON.stringify([measure, reports])).toBe(before);
  });
});
