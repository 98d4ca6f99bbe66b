import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureStatus } from './measureStatus.js';
import type { Measure } from '../model/measure.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import type { MeasureStatus } from '../vocabulary/measureStatus.schema.js';

const measure: Measure = {
  id: 'm',
  title: { zh: '任务' },
  goal: 'g',
  lead: 'u',
  cooperating: [],
  indicators: [],
  nodes: [
    { id: 'a', title: { zh: '甲' }, due: '2025-03-31' },
    { id: 'b', title: { zh: '乙' }, due: '2025-12-31' },
  ],
};
const done = (node: string, date: string): ProgressReport => ({ measure: 'm', node, date, percent: 100 });
const partial = (node: string, date: string, percent: number): ProgressReport => ({
  measure: 'm',
  node,
  date,
  percent,
});
const original = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = original;
});

describe('measureStatus', () => {
  it('names the node by its title in each language, falling back to the other language, then the id', () => {
    const late = measureStatus(measure, [partial('a', '2025-03-01', 40)], '2025-04-10');
    expect(late.reason).toEqual({
      zh: '节点“甲”应于 2025-03-31 完成，目前完成 40%（逾期 10 天）',
      en: 'node "甲" was due 2025-03-31 and is 40% done (10 days late)',
    });
    const untitled: Measure = { ...measure, nodes: [{ id: 'a', title: {}, due: '2025-03-31' }] };
    expect(measureStatus(untitled, [partial('a', '2025-03-01', 40)], '2025-03-16').reason.en).toBe(
      'node "a" (due 2025-03-31) is 40% done with 83% of its time gone',
    );
  });

  it.each<[string, ProgressReport[], string, MeasureStatus]>([
    ['nothing reported', [], '2025-02-01', 'notStarted'],
    [
      'node a due today and not done (due today is not overdue)',
      [partial('a', '2025-03-01', 95)],
      '2025-03-31',
      'onTrack',
    ],
    ['node a a day late', [partial('a', '2025-03-01', 95)], '2025-04-01', 'overdue'],
    ['node b on pace', [done('a', '2025-03-31'), partial('b', '2025-08-01', 60)], '2025-08-16', 'onTrack'],
    ['node b a little behind', [done('a', '2025-03-31'), partial('b', '2025-08-01', 45)], '2025-08-16', 'atRisk'],
    ['node b far behind', [done('a', '2025-03-31'), partial('b', '2025-08-01', 20)], '2025-08-16', 'lagging'],
    [
      'every node done',
      [done('a', '2025-03-31'), { measure: 'm', node: 'b', date: '2025-12-01', percent: 90, status: 'done' }],
      '2026-01-10',
      'done',
    ],
  ])('%s → %s', (_, reports, asOf, status) => {
    expect(measureStatus(measure, reports, asOf).status).toBe(status);
  });

  it('counts overdue days in calendar days, the same in every time zone', () => {
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles']) {
      process.env['TZ'] = tz;
      const r = measureStatus(measure, [], '2025-05-01');
      expect(r.overdueDays).toBe(31);
      expect(r.reason.zh).toContain('逾期 31 天');
    }
  });

  it('ignores reports dated after asOf and reports on other measures', () => {
    const r = measureStatus(
      measure,
      [done('a', '2025-04-02'), { measure: 'other', node: 'a', date: '2025-03-01', percent: 100 }],
      '2025-04-01',
    );
    expect(r.status).toBe('overdue');
  });

  it('never gives a worse status for more reported progress (property)', () => {
    const rank: Record<MeasureStatus, number> = {
      overdue: 0,
      notStarted: 0,
      lagging: 1,
      atRisk: 2,
      onTrack: 3,
      done: 4,
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 50 }), (p, more) => {
        const at = '2025-08-16';
        const a = measureStatus(measure, [done('a', '2025-03-31'), partial('b', '2025-08-01', p)], at).status;
        const b = measureStatus(
          measure,
          [done('a', '2025-03-31'), partial('b', '2025-08-01', Math.min(100, p + more))],
          at,
        ).status;
        expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
      }),
    );
  });
});
