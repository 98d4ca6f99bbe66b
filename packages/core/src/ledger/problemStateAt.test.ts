import { describe, expect, it } from 'vitest';
import type { Problem } from './problem.schema.js';
import { problemStateAt } from './problemStateAt.js';

const sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const problem: Problem = {
  id: 'p1',
  source: { kind: 'complaint', document: '12345-0412' },
  unit: 'gangkou',
  found: { zh: '码头扬尘' },
  opened: '2025-04-12',
  deadline: '2025-06-30',
  checker: 'eeb',
  history: [
    {
      action: 'apply',
      date: '2025-07-04',
      by: { role: 'responsible', unit: 'gangkou' },
      evidence: [{ ref: 'a.pdf', sha256 }],
    },
    { action: 'verify', date: '2025-07-10', by: { role: 'checker', unit: 'eeb' } },
    {
      action: 'close',
      date: '2025-07-20',
      by: { role: 'supervisor', unit: 'office' },
      evidence: [{ ref: 'b.pdf', sha256 }],
    },
  ],
};
const at = (asOf: string) => {
  const e = problemStateAt(problem, asOf);
  return e && [e.state, e.overdueDays, e.lateDays];
};

describe('problemStateAt', () => {
  it('is open, then overdue by the days past the deadline, until the application', () => {
    expect(at('2025-06-30')).toEqual(['open', 0, 0]);
    expect(at('2025-07-01')).toEqual(['open', 1, 0]);
    expect(at('2025-07-03')).toEqual(['open', 3, 0]);
  });

  it('once applied, verified and closed, is no longer overdue but late by the days the application came after the deadline', () => {
    expect(at('2025-07-04')).toEqual(['applied', 0, 4]);
    expect(at('2025-07-10')).toEqual(['verified', 0, 4]);
    expect(at('2025-07-20')).toEqual(['closed', 0, 4]);
  });

  it('does not exist before it was opened', () => {
    expect(problemStateAt(problem, '2025-04-11')).toBeNull();
  });

  it('names the person answerable by name, else by position, and joins the evidence in history order', () => {
    const e = problemStateAt({ ...problem, person: { unit: 'gangkou', position: { zh: '副区长' } } }, '2025-12-31')!;
    expect(e.person).toEqual({ zh: '副区长', en: '副区长' });
    expect(e.evidence.map((x) => x.ref)).toEqual(['a.pdf', 'b.pdf']);
  });
});
