import { describe, expect, it } from 'vitest';
import { checkUnitGroups } from './checkUnitGroups.js';
import { parseFramework } from '../parseFramework.js';
import { meixiFramework } from '../_fixtures/meixi.js';

const tasks = (kind: 'pace' | 'timeliness', points: number) => ({
  points,
  clause: { zh: '第六条' },
  method:
    kind === 'pace'
      ? { kind, ahead: 1, onPace: 0.9, behind: 0.6 }
      : { kind, per: 'node', onTime: 1, late: 0.5, notDone: 0 },
  roles: { lead: 1, cooperating: 0.5 },
  noTasks: 'fullPoints',
});
const withGroups = (groups: unknown[], extra: Record<string, unknown> = {}) => {
  const doc = meixiFramework();
  const { paceBands: _, ...scheme } = doc['scheme'];
  doc['scheme'] = { ...scheme, groups, ...extra };
  return doc;
};

describe('checkUnitGroups', () => {
  it('accepts groups whose parts add up to the total points, one group per unit kind', () => {
    const doc = withGroups(
      [
        {
          id: 'districts',
          label: { zh: '区县' },
          kinds: ['district', 'county'],
          indicators: 80,
          tasks: tasks('timeliness', 20),
          vetoed: 'last',
        },
        {
          id: 'departments',
          label: { zh: '市直部门' },
          kinds: ['department'],
          indicators: 0,
          tasks: tasks('pace', 100),
          vetoed: 'unranked',
        },
      ],
      { paceBands: { ahead: 1.1, onPace: 0.9 } },
    );
    expect(checkUnitGroups(doc)).toEqual([]);
    expect(parseFramework(doc).ok).toBe(true);
  });

  it('names parts that miss the total, a kind in two groups and 序时进度 scoring without bands, in both languages', () => {
    const doc = withGroups([
      {
        id: 'a',
        label: { zh: '甲' },
        kinds: ['district'],
        indicators: 70,
        tasks: tasks('timeliness', 20),
        vetoed: 'last',
      },
      {
        id: 'b',
        label: { zh: '乙' },
        kinds: ['department', 'district'],
        indicators: 0,
        tasks: tasks('pace', 100),
        vetoed: 'last',
      },
    ]);
    const issues = checkUnitGroups(doc);
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['scheme.groups[0]', 'weights_sum'],
      ['scheme.groups[1].kinds[1]', 'group_overlap'],
      ['scheme.groups[1].tasks.method', 'missing_setting'],
    ]);
    expect(issues[0]!.message.zh).toBe('考核类别“a”：指标分 70 与任务分 20 合计 90，不等于总分 100');
    expect(parseFramework(doc).ok).toBe(false);
  });

  it('names a measure that is part of an undeclared task', () => {
    const doc = meixiFramework();
    doc['measures'][0].partOf = 'nowhere';
    expect(checkUnitGroups(doc).map((i) => [i.at, i.code])).toEqual([['measures[0].partOf', 'unknown_reference']]);
  });
});
