import { describe, expect, it } from 'vitest';
import { escalate, type EscalationStep, type StatusRecord } from './escalate.js';
import { checkResponsibility } from './checkResponsibility.js';
import { consequenceLabels } from '../vocabulary/consequenceLabels.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';
import type { Framework } from '../model/framework.schema.js';

const ladder: EscalationStep[] = [
  { action: 'reminder', when: { status: 'lagging', consecutive: 1 } },
  { action: 'warning', when: { status: 'lagging', consecutive: 2 } },
  { action: 'interview', when: { status: 'lagging', consecutive: 3 } },
  { action: 'accountability', when: { status: 'overdue', overdueDays: 30 } },
];
const rec = (date: string, status: StatusRecord['status'], overdueDays = 0): StatusRecord => ({
  measure: 'm',
  date,
  status,
  overdueDays,
  unit: 'eeb',
});

describe('escalate', () => {
  it.each<[string, StatusRecord[], string | undefined, string[]]>([
    [
      'lagging once: a reminder',
      [rec('2025-03-31', 'onTrack'), rec('2025-06-30', 'lagging')],
      'reminder',
      ['2025-06-30'],
    ],
    [
      'lagging twice running: a warning',
      [rec('2025-06-30', 'lagging'), rec('2025-09-30', 'lagging')],
      'warning',
      ['2025-06-30', '2025-09-30'],
    ],
    [
      'lagging three times running: an interview',
      [rec('2025-03-31', 'lagging'), rec('2025-06-30', 'lagging'), rec('2025-09-30', 'lagging')],
      'interview',
      ['2025-03-31', '2025-06-30', '2025-09-30'],
    ],
    [
      'lagging, recovered, lagging: only a reminder',
      [rec('2025-03-31', 'lagging'), rec('2025-06-30', 'onTrack'), rec('2025-09-30', 'lagging')],
      'reminder',
      ['2025-09-30'],
    ],
    ['overdue 29 days: nothing yet', [rec('2025-07-29', 'overdue', 29)], undefined, []],
    ['overdue 30 days: accountability', [rec('2025-07-30', 'overdue', 30)], 'accountability', ['2025-07-30']],
  ])('%s', (_, history, action, evidence) => {
    const [result] = escalate(history, ladder, '2025-12-31');
    expect(result?.action).toBe(action);
    if (result) {
      expect(result.evidence).toEqual(evidence);
      expect(result.unit).toBe('eeb');
    }
  });

  it("words the rule with the vocabulary's status, whichever status the step watches, and carries the days overdue and the owner's post", () => {
    const atRisk: EscalationStep[] = [
      { action: 'reminder', when: { status: 'atRisk', consecutive: 1 } },
      { action: 'supervision', when: { status: 'atRisk', consecutive: 2 } },
    ];
    const once = escalate([rec('2025-06-30', 'atRisk')], atRisk, '2025-12-31')[0]!;
    expect(once.rule).toEqual({ zh: '最近一次检查存在风险：提醒', en: 'at risk at the latest check: reminder' });
    const twice = escalate([rec('2025-06-30', 'atRisk'), rec('2025-09-30', 'atRisk')], atRisk, '2025-12-31')[0]!;
    expect(twice.rule.zh).toBe(`连续 2 次检查存在风险：${consequenceLabels.supervision.zh}`);
    expect(twice.rule.en).toBe(`at risk at 2 consecutive checks: ${consequenceLabels.supervision.en.toLowerCase()}`);
    expect(twice).not.toHaveProperty('overdueDays');
    const late = escalate(
      [{ ...rec('2025-08-14', 'overdue', 45), post: 'deputy-mayor-econ' }],
      ladder,
      '2025-12-31',
    )[0]!;
    expect(late).toMatchObject({
      action: 'accountability',
      overdueDays: 45,
      post: 'deputy-mayor-econ',
      rule: { zh: '逾期 30 天以上：问责', en: 'overdue by 30 days or more: accountability' },
    });
  });

  it('ignores records after asOf, whatever their order', () => {
    const history = [rec('2025-12-31', 'lagging'), rec('2025-09-30', 'lagging'), rec('2025-06-30', 'onTrack')];
    expect(escalate(history, ladder, '2025-12-31')[0]!.action).toBe('warning');
    expect(escalate(history, ladder, '2025-10-01')[0]!.action).toBe('reminder');
  });
});

describe('checkResponsibility', () => {
  it('finds nothing missing in the example city', () => {
    expect(checkResponsibility(meixiFramework() as Framework)).toEqual([]);
  });
  it('names each missing role, indicator owner and unit without a superior', () => {
    const f = meixiFramework();
    delete f.measures[0].checker;
    delete f.indicators[0].responsible;
    delete f.units[3].parent;
    expect(checkResponsibility(f as Framework).map((i) => i.at)).toEqual([
      'measures[0].checker',
      'indicators[0].responsible',
      'units[3].parent',
    ]);
  });
});
