import { describe, expect, it } from 'vitest';
import { proposeConsequences } from './proposeConsequences.js';
import { parseFramework } from '../model/parseFramework.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';
import type { Framework } from '../model/framework.schema.js';
import type { RuleFired } from '../scoring/assess/assessment.js';

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
  action: 'accountability' as const,
  step: 3,
  rule: { zh: '逾期 30 天以上：问责', en: 'overdue by 30 days or more: accountability' },
  evidence: ['2025-12-31'],
};

describe('proposeConsequences', () => {
  it('proposes nothing the scheme does not say: no consequences, no ladder, nothing', () => {
    const bare: Framework = { ...parsed.value, scheme: { ...parsed.value.scheme, consequences: [], escalation: [] } };
    expect(
      proposeConsequences(bare, {
        graded: [{ unit: 'xihu', grade: 'excellent', total: 98, rules: [] }],
        redLines: [],
        escalations: [],
        nodes: {},
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
      redLines: [],
      escalations: [escalation],
      nodes: { polluters: 'second-batch' },
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
      evidence: { measure: 'polluters', node: 'second-batch', dates: ['2025-12-31'] },
      leader: '分管生态环境的副市长',
    });
  });
});
