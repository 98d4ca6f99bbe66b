import { describe, expect, it } from 'vitest';
import { proposeConsequences } from './proposeConsequences.js';
import { parseFramework } from '../model/parseFramework.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';
import type { Framework } from '../model/framework.schema.js';
import type { RuleFired } from '../scoring/assess/assessment.js';
import type { RedLineFinding } from './checkRedLines.js';

const parsed = parseFramework(meixiFramework());
if (!parsed.ok) throw new Error('the example city must parse');
const veto: RuleFired = {
  rule: 'redline-veto',
  kind: 'veto',
  reason: { zh: '红线一票否决', en: 'red-line veto' },
  points: 0,
  grade: 'fail',
  evidence: 'red-line breach: z',
  evidenceText: { zh: '生态保护红线区受损：z', en: 'red-line breach: z' },
  effect: 'forced',
  totalBefore: 95,
  totalAfter: 95,
  gradeBefore: 'excellent',
  gradeAfter: 'fail',
};
const escalation = {
  measure: 'polluters',
  unit: 'eeb',
  leader: '分管生态环境的副市长',
  post: 'deputy-mayor-env',
  action: 'accountability' as const,
  step: 3,
  rule: { zh: '逾期 30 天以上：问责', en: 'overdue by 30 days or more: accountability' },
  evidence: ['2025-12-31'],
  overdueDays: 92,
};
const polluters = {
  title: { zh: '关停搬迁污染企业', en: 'Close or relocate polluters' },
  node: { id: 'second-batch', title: { zh: '完成第二批关停搬迁', en: 'Second batch closed or relocated' } },
};

describe('proposeConsequences', () => {
  it('proposes nothing the scheme does not say: no consequences, no ladder, nothing', () => {
    const bare: Framework = { ...parsed.value, scheme: { ...parsed.value.scheme, consequences: [], escalation: [] } };
    expect(
      proposeConsequences(bare, {
        graded: [{ unit: 'xihu', grade: 'excellent', total: 98, rules: [] }],
        asOf: '2025-12-31',
        redLines: [],
        escalations: [],
        items: {},
      }),
    ).toEqual([]);
  });

  it('proposes per grade, per fired rule and per ladder step, each with its clause and evidence', () => {
    const f: Framework = {
      ...parsed.value,
      scheme: {
        ...parsed.value.scheme,
        consequences: [
          {
            id: 'fail-criticism',
            action: 'criticism',
            basis: { zh: '第十二条', en: 'Art. 12' },
            when: { on: 'grade', grade: 'fail' },
          },
          {
            id: 'veto-admonition',
            action: 'admonition',
            basis: { zh: '第十四条', en: 'Art. 14' },
            when: { on: 'rule', rule: 'redline-veto' },
          },
          {
            id: 'listed',
            action: 'listedSupervision',
            basis: { zh: '第九条', en: 'Art. 9' },
            when: { on: 'escalation', action: 'accountability' },
          },
        ],
      },
    };
    const out = proposeConsequences(f, {
      graded: [
        { unit: 'nanshan', grade: 'fail', total: 95.3, rules: [veto] },
        { unit: 'xihu', grade: 'excellent', total: 98.5, rules: [] },
      ],
      asOf: '2025-12-31',
      redLines: [],
      escalations: [escalation],
      items: { polluters },
    });
    expect(out.map((p) => [p.unit, p.action, p.basis.source, p.basis.ref])).toEqual([
      ['nanshan', 'criticism', 'grade', 'fail-criticism'],
      ['nanshan', 'admonition', 'rule', 'veto-admonition'],
      ['eeb', 'listedSupervision', 'ladder', 'listed'],
      ['eeb', 'accountability', 'ladder', 'escalation[3]'],
    ]);
    expect(out[0]).toMatchObject({
      basis: { clause: { zh: '第十二条', en: 'Art. 12' } },
      evidence: {
        finding: { zh: '考核等次为不合格（总分 95.3）；红线一票否决', en: 'graded Fail (total 95.3); red-line veto' },
        value: 95.3,
      },
      text: { zh: '建议对南山区予以通报批评', en: 'Proposed: public criticism for Nanshan District' },
    });
    expect(out[1]!.text.zh).toBe('建议对南山区予以诫勉谈话（由纪检监察和组织部门依规依纪处理）');
    // The ladder's own step has the scheme's clause for it, or null when the scheme gives none.
    expect(out[3]).toMatchObject({
      basis: { clause: null },
      evidence: { measure: 'polluters', node: 'second-batch', dates: ['2025-12-31'], value: 92 },
      leader: '分管生态环境的副市长',
    });
  });

  it("names the task, its node, the checks and the days overdue in a ladder proposal's finding", () => {
    const [p] = proposeConsequences(parsed.value, {
      graded: [],
      asOf: '2025-12-31',
      redLines: [],
      escalations: [escalation],
      items: { polluters },
    }).filter((x) => x.basis.source === 'ladder' && x.action === 'accountability');
    expect(p!.evidence.finding).toEqual({
      zh: '关停搬迁污染企业，节点“完成第二批关停搬迁”：2025-12-31 检查，逾期 92 天；逾期 30 天以上：问责',
      en: 'Close or relocate polluters, node "Second batch closed or relocated": checked 2025-12-31, overdue by 92 days; overdue by 30 days or more: accountability',
    });
    // A lagging task names each check and no days; an item the findings do not describe keeps its id.
    const { post: _owner, ...noOwner } = escalation;
    const lagging = {
      ...noOwner,
      measure: 'ledger-7',
      action: 'warning' as const,
      step: 1,
      overdueDays: undefined,
      rule: { zh: '连续 2 次检查进度滞后：预警', en: 'lagging at 2 consecutive checks: warning' },
      evidence: ['2025-09-30', '2025-12-31'],
    };
    const [w] = proposeConsequences(parsed.value, {
      graded: [],
      asOf: '2025-12-31',
      redLines: [],
      escalations: [lagging],
      items: {},
    });
    expect(w!.evidence.finding.zh).toBe('ledger-7：2025-09-30、2025-12-31 检查；连续 2 次检查进度滞后：预警');
    // With no owner's post, the unit's principal on the latest check answers (eeb names no head: nobody).
    expect(w).not.toHaveProperty('answerable');
    const [d] = proposeConsequences(parsed.value, {
      graded: [],
      asOf: '2025-12-31',
      redLines: [],
      escalations: [{ ...lagging, unit: 'dongcheng' }],
      items: {},
    });
    expect(d!.answerable).toMatchObject({ post: 'head-dongcheng', person: 'wu-min', name: { zh: '吴敏' } });
    expect(w!.evidence).not.toHaveProperty('value');
  });

  it('names the person who held the owner post on the latest check: the predecessor before a handover, the successor after', () => {
    // Meixi: 李明 holds deputy-mayor-env to 2025-06-30, 王芳 from 2025-07-01.
    const at = (dates: string[]) =>
      proposeConsequences(parsed.value, {
        graded: [],
        asOf: '2025-12-31',
        redLines: [],
        escalations: [{ ...escalation, evidence: dates }],
        items: { polluters },
      })[0]!.answerable;
    expect(at(['2025-03-31', '2025-06-30'])).toEqual({
      post: 'deputy-mayor-env',
      person: 'li-ming',
      name: { zh: '李明', en: 'Li Ming' },
      title: { zh: '分管生态环境的副市长', en: 'Deputy mayor for ecology and environment' },
    });
    expect(at(['2025-06-30', '2025-09-30'])!.person).toBe('wang-fang');
    // Before anybody held the post, the proposal says so rather than naming a later holder.
    expect(at(['2020-12-31'])).toEqual({ post: 'deputy-mayor-env', person: null, name: null, title: null });
  });

  it("names the person answerable for a breached red-line zone's post on the findings' date", () => {
    const f: Framework = {
      ...parsed.value,
      scheme: {
        ...parsed.value.scheme,
        consequences: [
          {
            id: 'breach',
            action: 'accountability',
            basis: { zh: '第十三条', en: 'Art. 13' },
            when: { on: 'redLineBreach' },
          },
        ],
        escalation: [],
      },
    };
    const finding = {
      zone: 'nanshan-forest',
      unit: 'nanshan',
      breaches: [{ kind: 'area' }],
      message: { zh: '南山区红线面积减少', en: 'Nanshan lost red-line area' },
    } as unknown as RedLineFinding;
    const [p] = proposeConsequences(f, {
      graded: [],
      asOf: '2025-12-31',
      redLines: [finding],
      escalations: [],
      items: {},
    });
    expect(p).toMatchObject({
      unit: 'nanshan',
      evidence: { zone: 'nanshan-forest' },
      answerable: { post: 'head-nanshan', person: 'zheng-qiang' },
    });
  });
});
