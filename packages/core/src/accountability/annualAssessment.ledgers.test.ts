// The ledgers' seam into the annual assessment, apart from annualAssessment.test.ts so the two can change independently.
import { describe, expect, it } from 'vitest';
import { annualAssessment } from './annualAssessment.js';
import { parseFramework } from '../model/parseFramework.js';
import { parseReports } from '../model/parseReports.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import { meixiLedgers } from '../ledger/meixiLedgers.fixture.js';

const withRule = meixiFramework();
withRule.scheme.rules.push({
  kind: 'deduction',
  id: 'overdue-rectification',
  points: 2,
  reason: { zh: '问题整改逾期', en: 'Rectification overdue' },
  when: { event: 'flag', flag: 'overdueProblem' },
});
const f = parseFramework(withRule);
const o = readObservationsCsv(readMeixi('observations.csv'));
const r = parseReports(JSON.parse(readMeixi('reports.json')));
if (!f.ok || !o.ok || !r.ok) throw new Error('the example city must parse');
const without = annualAssessment(f.value, o.value, r.value, { year: 2025 });
const withLedgers = annualAssessment(f.value, o.value, r.value, { year: 2025, ledgers: meixiLedgers() });

describe('annualAssessment() with ledgers', () => {
  it('scores an overdue rectification by the rule the scheme declares for its flag, and nobody else', () => {
    const total = (a: typeof without, unit: string) => a.assessment.results.find((x) => x.unit === unit)!.total;
    expect(
      withLedgers.assessment.results.find((x) => x.unit === 'dongcheng')!.rules.map((x) => [x.rule, x.points]),
    ).toEqual([['overdue-rectification', -2]]);
    expect(total(withLedgers, 'dongcheng')).toBeCloseTo(total(without, 'dongcheng')! - 2, 9);
    for (const unit of ['xihu', 'nanshan', 'beiling', 'qingxi', 'gangkou'])
      expect(total(withLedgers, unit)).toBe(total(without, unit));
  });

  it("sends the ledgers' overdue items up the escalation ladder, proposed like a task's, the entry named as evidence", () => {
    const tasks = new Set(f.value.measures.map((m) => m.id));
    const fromLedgers = withLedgers.proposals.filter(
      (p) => p.basis.source === 'ladder' && p.evidence.measure !== undefined && !tasks.has(p.evidence.measure),
    );
    // The ladder's step (问责, escalation[3]) and the scheme's consequence on reaching it (挂牌督办).
    expect(fromLedgers.map((p) => [p.unit, p.action, p.evidence.measure, p.basis.ref])).toEqual([
      ['dongcheng', 'listedSupervision', 'o-2025-11/dongcheng', 'overdue-listed'],
      ['dongcheng', 'listedSupervision', 'p-2025-03', 'overdue-listed'],
      ['dongcheng', 'accountability', 'o-2025-11/dongcheng', 'escalation[3]'],
      ['dongcheng', 'accountability', 'p-2025-03', 'escalation[3]'],
    ]);
    expect(withLedgers.escalations.slice(0, without.escalations.length)).toEqual(without.escalations);
  });

  it('changes nothing without ledgers', () => {
    expect(annualAssessment(f.value, o.value, r.value, { year: 2025, flags: {} })).toEqual(without);
  });
});
