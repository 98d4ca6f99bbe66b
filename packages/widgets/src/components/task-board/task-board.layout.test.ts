import { describe, expect, it } from 'vitest';
import '../../shared/load-engine.testing.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBundle, type Bundle } from '@eco-reform/core';
import {
  taskBoardLayout,
  type TaskBoardView,
  taskBoardParser,
  TASK_BOARD_NEEDS_BUNDLE,
  resolveAsOf,
} from './task-board.layout.js';
import { taskBoardTable } from './task-board.table.js';

const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../../examples/meixi/${name}`, import.meta.url)), 'utf8');
const parsed = parseBundle(JSON.parse(read('bundle.json')));
if (!parsed.ok) throw new Error('the example bundle must parse');
const meixi: Bundle = parsed.value;

const ids = (view: TaskBoardView) => view.groups.map((g) => [g.key, g.cards.map((c) => c.id)] as const);
const card = (view: TaskBoardView, id: string) => view.groups.flatMap((g) => g.cards).find((c) => c.id === id)!;

// Hand-checked against Meixi's reports.json on 2025-12-31 (thresholds 0.9 / 0.7):
// backward-capacity's node "half" was due 2025-06-30 → overdue 184 days; polluters' second batch
// is 15 % done with 184 of 457 days gone (40.3 %) → lagging; sewage's "operate" is 40 % done with
// 92 of 182 days gone (50.5 %) → ratio 0.79 → at risk; eco-creation 10 % with 31/365 days gone and
// clusters with no time gone → on track; the other nine have every node reported done. The city's
// rural-sewage task and its shares in five districts are on track; Gangkou's share, whose survey
// was done 46 days late, is 20 % done with 184 of 365 days gone (50.4 %) → lagging.
describe('taskBoardLayout', () => {
  it('judges the whole city on the last day of the latest year observed and groups by status in the core’s order', () => {
    const view = taskBoardLayout(meixi, { lang: 'en' });
    expect(view).toMatchObject({
      period: '2025',
      asOf: '2025-12-31',
      asOfText: 'December 31, 2025',
      scope: 'Meixi City',
      groupBy: 'status',
      shown: 21,
      total: 21,
    });
    expect(ids(view)).toEqual([
      ['notStarted', []],
      [
        'onTrack',
        [
          'eco-creation',
          'clusters',
          'rural-sewage',
          'rural-sewage-xihu',
          'rural-sewage-dongcheng',
          'rural-sewage-nanshan',
          'rural-sewage-beiling',
          'rural-sewage-qingxi',
        ],
      ],
      ['atRisk', ['sewage']],
      ['lagging', ['polluters', 'rural-sewage-gangkou']],
      ['overdue', ['backward-capacity']],
      [
        'done',
        [
          'plan',
          'assessment-system',
          'redline',
          'backup-water',
          'greening',
          'green-campus',
          'rural-environment',
          'publicity',
          'leading-group',
        ],
      ],
    ]);
    expect(view.groups.map((g) => `${g.heading} ${g.count}`)).toEqual([
      'Not started 0',
      'On track 8',
      'At risk 1',
      'Lagging 2',
      'Overdue 1',
      'Done 9',
    ]);
    expect(view.count).toBe('21 of 21 measures');
    expect(view.summary).toBe('On track: 8, At risk: 1, Lagging: 2, Overdue: 1, Done: 9; 3 escalated');
  });

  it('shows owner, doer, checker, lead and co-operating units, the next node, days overdue and the escalation that fired', () => {
    const view = taskBoardLayout(meixi, { lang: 'en' });
    expect(card(view, 'backward-capacity')).toEqual({
      id: 'backward-capacity',
      title: 'Phase out backward capacity',
      status: 'overdue',
      reason: 'node "Half of the phase-out done" was due 2025-06-30 and is 60% done (184 days late)',
      owner: 'Zhao Lei, Deputy mayor for the economy (Meixi Municipal Government)',
      doer: 'Director, Economy and IT Bureau (Economy and Information Technology Bureau)',
      checker: 'Supervision Office (Supervision Office of the Municipal Party Committee and Government)',
      ownerKey: '分管经济的副市长',
      lead: 'Economy and Information Technology Bureau',
      cooperating: 'Ecology and Environment Bureau, Development and Reform Commission',
      node: 'Half of the phase-out done',
      due: '2025-06-30',
      dueText: 'June 30, 2025',
      overdueDays: 184,
      overdueText: '184 days',
      // Overdue: 60 % done with all the node's time gone, 0.6 of schedule.
      band: 'behind',
      paceText: 'schedule 100%, done 60%, behind schedule',
      late: [],
      escalation: {
        action: 'accountability',
        label: 'Accountability',
        rule: 'overdue by 30 days or more: accountability',
        evidence: ['2025-12-31'],
      },
    });
    // Lagging at the 30 Sep and 31 Dec checks (5 % of 92/457 days, then 15 % of 184/457): two in a row → warning.
    expect(card(view, 'polluters').escalation).toEqual({
      action: 'warning',
      label: 'Warning',
      rule: 'lagging at 2 consecutive checks: warning',
      evidence: ['2025-09-30', '2025-12-31'],
    });
    expect(card(view, 'sewage')).toMatchObject({
      node: 'In operation',
      due: '2026-03-31',
      overdueText: '—',
      escalation: null,
    });
    expect(card(view, 'plan')).toMatchObject({ node: 'All time nodes done', due: null, dueText: '—' });
  });

  it('speaks Chinese: dates, days and people as a Chinese reader writes them, the checking office named once', () => {
    const view = taskBoardLayout(meixi, { lang: 'zh-CN' });
    expect(view.asOfText).toBe('2025年12月31日');
    expect(view.count).toBe('显示 21 项，共 21 项重点任务');
    expect(card(view, 'backward-capacity')).toMatchObject({
      title: '淘汰落后产能',
      owner: '分管经济的副市长赵磊（美溪市人民政府）',
      checker: '市委市政府督查室',
      cooperating: '市生态环境局、市发展和改革委员会',
      dueText: '2025年6月30日',
      overdueText: '184 天',
      escalation: { label: '问责', rule: '逾期 30 天以上：问责' },
    });
    expect(view.groups.map((g) => g.heading)).toEqual([
      '未启动',
      '进展顺利',
      '存在风险',
      '进度滞后',
      '已逾期',
      '已完成',
    ]);
  });

  it('filters by unit: the measures it leads or co-operates on', () => {
    const hurd = taskBoardLayout(meixi, { lang: 'en', unit: 'hurd' });
    expect(hurd.count).toBe('6 of 21 measures');
    expect(hurd.scope).toBe('Housing and Urban-Rural Development Bureau');
    expect(ids(hurd).filter(([, c]) => c.length > 0)).toEqual([
      ['onTrack', ['rural-sewage']],
      ['atRisk', ['sewage']],
      ['done', ['backup-water', 'greening', 'green-campus', 'rural-environment']],
    ]);
    expect(taskBoardLayout(meixi, { lang: 'en', unit: 'eeb' }).shown).toBe(12);
    // A district leads its own share of a city task (区县分解).
    expect(ids(taskBoardLayout(meixi, { lang: 'en', unit: 'xihu' })).filter(([, c]) => c.length > 0)).toEqual([
      ['onTrack', ['rural-sewage-xihu']],
    ]);
    const miit = taskBoardLayout(meixi, { lang: 'en', unit: 'miit' });
    expect(miit.groups.filter((g) => g.count > 0).map((g) => g.key)).toEqual(['onTrack', 'lagging', 'overdue']);
  });

  it('a unit with no measures shows none; an unknown unit is ignored', () => {
    const government = taskBoardLayout(meixi, { lang: 'en', unit: 'meixi' });
    expect(government).toMatchObject({
      shown: 0,
      count: '0 of 21 measures',
      summary: 'No measures match',
      filters: { unit: 'meixi' },
    });
    const nowhere = taskBoardLayout(meixi, { lang: 'en', unit: 'nowhere' });
    expect(nowhere).toMatchObject({ shown: 21, filters: { unit: null }, scope: 'Meixi City' });
  });

  it('filters by status, showing only that status’s group', () => {
    const view = taskBoardLayout(meixi, { lang: 'en', status: 'overdue' });
    expect(ids(view)).toEqual([['overdue', ['backward-capacity']]]);
    expect(view.count).toBe('1 of 21 measures');
    expect(taskBoardLayout(meixi, { lang: 'en', status: 'limited' }).filters.status).toBeNull();
  });

  it('groups by owner in the framework’s order, most urgent card first', () => {
    const view = taskBoardLayout(meixi, { lang: 'zh-CN', groupBy: 'owner' });
    expect(view.groups.map((g) => [g.key, g.count])).toEqual([
      ['市长', 4],
      ['分管生态环境的副市长', 5],
      ['分管经济的副市长', 2],
      ['分管城建的副市长', 4],
      ['西湖区区长', 1],
      ['东城区区长', 1],
      ['南山区区长', 1],
      ['北岭县县长', 1],
      ['清溪县县长', 1],
      ['港口区区长', 1],
    ]);
    expect(view.groups[0]!.heading).toBe('市长（美溪市人民政府）');
    // Polluters carries a warning; then on-track eco-creation before the done ones.
    expect(view.groups[1]!.cards.map((c) => c.id)).toEqual([
      'polluters',
      'eco-creation',
      'redline',
      'green-campus',
      'rural-environment',
    ]);
    expect(view.groups[3]!.cards.map((c) => c.id)).toEqual(['sewage', 'rural-sewage', 'backup-water', 'greening']);
  });

  it('filters by owner given as the option value or the position in either language', () => {
    for (const owner of ['分管经济的副市长', 'Deputy mayor for the economy']) {
      const view = taskBoardLayout(meixi, { lang: 'en', owner });
      expect(view.filters.owner).toBe('分管经济的副市长');
      expect(view.groups.flatMap((g) => g.cards.map((c) => c.id))).toEqual(['clusters', 'backward-capacity']);
    }
    expect(taskBoardLayout(meixi, { lang: 'en', owner: 'Mayor', status: 'done' }).count).toBe('4 of 21 measures');
    expect(taskBoardLayout(meixi, { lang: 'en', owner: 'Nobody' }).filters.owner).toBeNull();
  });

  it('judges another date: the ladder climbs from one lagging check on 30 June 2025 to 问责 at 92 days overdue on 30 September', () => {
    // backward-capacity: node "half" due 30 June is 45 % done that day with all its time gone, one
    // lagging check (the quarterly reports before it were on pace): a reminder.
    expect(card(taskBoardLayout(meixi, { lang: 'en', asOf: '2025-06-30' }), 'backward-capacity')).toMatchObject({
      status: 'lagging',
      overdueDays: 0,
      escalation: { action: 'reminder', evidence: ['2025-06-30'] },
    });
    // A quarter on, still 45 %: overdue by 31 + 31 + 30 = 92 days, past the ladder's 30: 问责.
    const view = taskBoardLayout(meixi, { lang: 'en', asOf: '2025-09-30' });
    expect(card(view, 'backward-capacity')).toMatchObject({
      status: 'overdue',
      overdueDays: 92,
      escalation: { action: 'accountability', evidence: ['2025-09-30'] },
    });
    // Polluters (5 % of its second batch) and Gangkou's coverage (no report yet) lag for the first
    // time: reminders. Every other open task reported on pace; five are done.
    expect(card(view, 'polluters').escalation).toMatchObject({ action: 'reminder', evidence: ['2025-09-30'] });
    expect(card(view, 'rural-sewage-gangkou').escalation).toMatchObject({ action: 'reminder' });
    expect(view.groups.map((g) => g.count)).toEqual([0, 13, 0, 2, 1, 5]);
  });

  it("shows the core's 序时进度 band and the nodes completed late, in both languages", () => {
    // Gangkou's share: survey due 2025-06-30 done 2025-08-15 (46 days late); "cover" 20 % done with
    // 184 of 365 days gone (50 %): 0.40 of schedule, below the scheme's 0.9 → 滞后序时.
    expect(card(taskBoardLayout(meixi, { lang: 'zh-CN' }), 'rural-sewage-gangkou')).toMatchObject({
      band: 'behind',
      paceText: '序时进度 50%，完成 20%，滞后序时',
      late: ['完成村庄污水现状排查：逾期完成 46 天'],
    });
    expect(card(taskBoardLayout(meixi, { lang: 'en' }), 'rural-sewage-gangkou')).toMatchObject({
      paceText: 'schedule 50%, done 20%, behind schedule',
      late: ['Village sewage survey: completed 46 days late'],
    });
    expect(card(taskBoardLayout(meixi, { lang: 'en' }), 'plan')).toMatchObject({ band: null, paceText: '—', late: [] });
  });

  it('takes the as-of date from a period and ignores one that is not a date', () => {
    expect(taskBoardLayout(meixi, { lang: 'en', period: '2025-Q2' })).toMatchObject({
      period: '2025-Q2',
      asOf: '2025-06-30',
    });
    expect(taskBoardLayout(meixi, { lang: 'en', asOf: '2025-02-30' }).asOf).toBe('2025-12-31');
    expect(resolveAsOf({ ...meixi, observations: [] }, null, null)).toEqual({ period: '2026', asOf: '2026-12-31' });
  });

  it('lists the filters’ choices: the whole city and the units that lead or co-operate, every status, every owner', () => {
    const { options } = taskBoardLayout(meixi, { lang: 'en' });
    expect(options.units.map((o) => o.value)).toEqual([
      '',
      'xihu',
      'dongcheng',
      'nanshan',
      'beiling',
      'qingxi',
      'gangkou',
      'eeb',
      'nrpb',
      'drc',
      'hurd',
      'wrb',
      'miit',
      'arab',
      'edu',
      'supervision',
    ]);
    expect(options.units[0]!.label).toBe('Whole city (Meixi City)');
    expect(options.statuses.map((o) => o.value)).toEqual([
      '',
      'notStarted',
      'onTrack',
      'atRisk',
      'lagging',
      'overdue',
      'done',
    ]);
    expect(options.owners.map((o) => o.label)).toEqual([
      'All',
      'Mayor (Meixi Municipal Government)',
      'Deputy mayor for ecology and environment (Meixi Municipal Government)',
      'Deputy mayor for the economy (Meixi Municipal Government)',
      'Deputy mayor for urban development (Meixi Municipal Government)',
      'Head of Xihu District (Xihu District)',
      'Head of Dongcheng District (Dongcheng District)',
      'Head of Nanshan District (Nanshan District)',
      'Head of Beiling County (Beiling County)',
      'Head of Qingxi County (Qingxi County)',
      'Head of Gangkou District (Gangkou District)',
    ]);
  });

  it("names whoever held the role's post on the board's date: the predecessor before a handover, the successor after, and a vacancy as one", () => {
    const owner = (bundle: typeof meixi, asOf: string) =>
      taskBoardLayout(bundle, { lang: 'zh-CN', asOf })
        .groups.flatMap((g) => g.cards)
        .find((c) => c.id === 'polluters')!.owner;
    // Meixi: 李明 holds deputy-mayor-env to 2025-06-30, 王芳 from 2025-07-01.
    expect(owner(meixi, '2025-06-30')).toBe('分管生态环境的副市长李明（美溪市人民政府）');
    expect(owner(meixi, '2025-07-01')).toBe('分管生态环境的副市长王芳（美溪市人民政府）');
    const late = structuredClone(meixi);
    late.framework.people!.find((p) => p.id === 'wang-fang')!.positions[0]!.start = '2025-08-01';
    expect(owner(late, '2025-07-15')).toBe('分管生态环境的副市长（空缺）（美溪市人民政府）');
  });

  it('does not mutate the bundle', () => {
    const before = JSON.stringify(meixi);
    taskBoardLayout(meixi, { lang: 'en', groupBy: 'owner', unit: 'eeb' });
    expect(JSON.stringify(meixi)).toBe(before);
  });
});

describe('taskBoardTable', () => {
  it('lists every visible card’s fields in the board’s order', () => {
    const table = taskBoardTable(taskBoardLayout(meixi, { lang: 'en', unit: 'miit' }), 'en');
    expect(table.caption).toBe('Measures · Economy and Information Technology Bureau · as of December 31, 2025');
    expect(table.head).toEqual([
      'Measure',
      'Status',
      'Owner',
      'Doer',
      'Checker',
      'Lead unit',
      'Co-operating units',
      'Next time node',
      'Due',
      'Days overdue',
      'Escalation',
      'Rule that fired',
    ]);
    expect(table.rows.map((r) => r[0])).toEqual([
      'Build industrial cluster parks',
      'Close or relocate polluting firms',
      'Phase out backward capacity',
    ]);
    expect(table.rows[2]).toEqual([
      'Phase out backward capacity',
      'Overdue',
      'Zhao Lei, Deputy mayor for the economy (Meixi Municipal Government)',
      'Director, Economy and IT Bureau (Economy and Information Technology Bureau)',
      'Supervision Office (Supervision Office of the Municipal Party Committee and Government)',
      'Economy and Information Technology Bureau',
      'Ecology and Environment Bureau, Development and Reform Commission',
      'Half of the phase-out done',
      'June 30, 2025',
      '184',
      'Accountability',
      'overdue by 30 days or more: accountability',
    ]);
    for (const row of table.rows) expect(row).toHaveLength(table.head.length);
  });
});

describe('taskBoardParser', () => {
  it('accepts a bundle and refuses an assessment, saying a bundle is needed', () => {
    expect(taskBoardParser(JSON.parse(read('bundle.json'))).ok).toBe(true);
    expect(taskBoardParser({ format: 'eco-reform.assessment/1', results: [], units: [], areas: [] })).toEqual({
      ok: false,
      details: [TASK_BOARD_NEEDS_BUNDLE],
    });
    const bad = taskBoardParser({ framework: {}, observations: [], reports: [] });
    expect(bad.ok).toBe(false);
  });
});
