import { describe, expect, it } from 'vitest';
import { readProblemsCsv } from './readProblemsCsv.js';
import { writeProblemsCsv } from './writeProblemsCsv.js';
import { meixiLedgers } from './meixiLedgers.fixture.js';

const problems = () =>
  meixiLedgers().problems.map((p) => ({
    ...p,
    history: p.history.map((t) => ({
      ...t,
      ...(t.evidence ? { evidence: t.evidence.map(({ ref, sha256 }) => ({ ref, sha256 })) } : {}),
    })),
  }));

describe('writeProblemsCsv / readProblemsCsv', () => {
  it("round-trips the example city's problem ledger (evidence titles aside), one row per event", () => {
    const csv = writeProblemsCsv(problems());
    expect(csv.split('\n')[0]).toBe(
      'problem,action,date,source,document,zone,period,unit,person_position_zh,person_position_en,found_zh,found_en,measures_zh,measures_en,deadline,checker,role,by_unit,by_person,note_zh,note_en,evidence',
    );
    expect(readProblemsCsv(csv)).toEqual({ ok: true, value: problems() });
  });

  it('writes evidence as sha256sum prints it, and reads the binary-mode star too', () => {
    const csv = writeProblemsCsv(problems());
    expect(csv).toContain(
      ',d6a223261ef0acdcfc237392a1df7e5447c92fbad07c37441f1ce1ddf35786fc  evidence/gangkou-yard-enclosure.md\n',
    );
    const r = readProblemsCsv(
      csv.replace('  evidence/gangkou-yard-enclosure.md', ' *evidence/gangkou-yard-enclosure.md'),
    );
    expect(r.ok && r.value[0]!.history[0]!.evidence).toEqual([
      {
        ref: 'evidence/gangkou-yard-enclosure.md',
        sha256: 'd6a223261ef0acdcfc237392a1df7e5447c92fbad07c37441f1ce1ddf35786fc',
      },
    ]);
  });

  it('refuses, at the line, a file name without its hash, a bad date, and a step of a problem never opened (a refused open row is not missing)', () => {
    const csv = [
      'problem,action,date,source,document,unit,found_zh,deadline,checker,role,by_unit,evidence',
      'p1,open,2025-04-12,complaint,12345-0412,gangkou,码头扬尘,2025-06-31,eeb,,,',
      'p1,apply,2025-06-20,,,,,,,responsible,gangkou,report.pdf',
      'p2,verify,2025-07-01,,,,,,,checker,eeb,',
    ].join('\n');
    const r = readProblemsCsv(csv);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.code])).toEqual([
      ['line[2].deadline', 'invalid_format'],
      ['line[3].evidence[0].sha256', 'custom'],
      ['line[4].problem', 'unknown_reference'],
    ]);
  });

  it('needs the problem, action and date columns', () => {
    const r = readProblemsCsv('problem,date\np1,2025-01-01\n');
    expect(r.ok ? [] : r.issues.map((i) => i.at)).toEqual(['line[1].action']);
  });
});
