import { readCsvRows } from '../_lib/readCsvRows.js';
import type { Issue, ParseResult } from '../result/issue.js';
import { makeIssue } from '../result/makeIssue.js';
import { toIssues } from '../result/toIssues.js';
import type { Problem } from './problem.schema.js';
import { ProblemSchema } from './problem.schema.js';
import { ProblemTransitionSchema } from './problemTransition.schema.js';

/** A bilingual cell pair, or nothing when both are empty. */
const text = (zh: string, en: string): { zh?: string; en?: string } | undefined =>
  zh === '' && en === '' ? undefined : { ...(zh ? { zh } : {}), ...(en ? { en } : {}) };

/**
 * Reads the problem ledger from CSV, one row per event (the columns of `problemCsvColumns`, by
 * name, in any order; `problem`, `action` and `date` required): an `open` row starts a problem,
 * the rows after it with the same `problem` are its transitions in file order. The `evidence`
 * cell holds `sha256sum` lines (`<hash>  <file>`, or `<hash> *<file>`). Each row is checked by the
 * schemas (paths like `line[7].evidence[0].sha256`, the header being line 1), a transition of a
 * problem not yet opened and a problem opened twice are refused. The lifecycle (order, roles,
 * evidence required) is checked by `parseLedgers` on the ledgers the problems go into. Never throws.
 *
 * @category Ledgers
 * @param csv - The CSV text.
 * @returns `{ ok: true, value }` with the problems in the order they were opened, or `{ ok: false, issues }`.
 * @example
 * readProblemsCsv(writeProblemsCsv(ledgers.problems)) //=> { ok: true, value: ledgers.problems } (Meixi; the person's unit is the problem's)
 */
export function readProblemsCsv(csv: string): ParseResult<Problem[]> {
  const table = readCsvRows(csv);
  const header = table.header.map((h) => h.trim().toLowerCase());
  const issues: Issue[] = [...table.issues];
  for (const name of ['problem', 'action', 'date'])
    if (!header.includes(name))
      issues.push(
        makeIssue(['line', 1, name], 'missing_column', `the header has no "${name}" column`, `表头缺少“${name}”列`),
      );
  if (issues.length > 0) return { ok: false, issues };
  const problems = new Map<string, Problem>();
  table.rows.forEach((row, r) => {
    const line = table.lines[r]!;
    const cell = (name: string): string => {
      const k = header.indexOf(name);
      return k < 0 ? '' : (row[k] ?? '').trim();
    };
    const id = cell('problem');
    const evidence: Array<{ ref: string; sha256: string }> = [];
    for (const l of cell('evidence').split(/\r\n|\r|\n/)) {
      if (l.trim() === '') continue;
      const m = /^(\S+)\s+\*?(.+)$/.exec(l.trim());
      evidence.push(m ? { sha256: m[1]!, ref: m[2]!.trim() } : { sha256: '', ref: l.trim() });
    }
    if (cell('action') === 'open') {
      if (problems.has(id)) {
        issues.push(
          makeIssue(
            ['line', line, 'problem'],
            'duplicate_id',
            `line ${line}: the problem "${id}" is opened twice`,
            `第 ${line} 行：问题“${id}”重复登记`,
          ),
        );
        return;
      }
      const kind = cell('source');
      const person = text(cell('person_position_zh'), cell('person_position_en'));
      const candidate = {
        id,
        source:
          kind === 'redLine'
            ? { kind, zone: cell('zone'), period: cell('period') }
            : { kind, document: cell('document') },
        unit: cell('unit'),
        ...(person ? { person: { unit: cell('unit'), position: person } } : {}),
        found: text(cell('found_zh'), cell('found_en')) ?? {},
        ...(text(cell('measures_zh'), cell('measures_en'))
          ? { measures: text(cell('measures_zh'), cell('measures_en')) }
          : {}),
        opened: cell('date'),
        deadline: cell('deadline'),
        checker: cell('checker'),
        history: [],
      };
      const p = ProblemSchema.safeParse(candidate, { reportInput: true });
      if (p.success) problems.set(id, p.data);
      else issues.push(...toIssues(p.error.issues, ['line', line]));
      return;
    }
    const note = text(cell('note_zh'), cell('note_en'));
    const candidate = {
      action: cell('action'),
      date: cell('date'),
      by: { role: cell('role'), unit: cell('by_unit'), ...(cell('by_person') ? { person: cell('by_person') } : {}) },
      ...(note ? { note } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
    };
    const t = ProblemTransitionSchema.safeParse(candidate, { reportInput: true });
    if (!t.success) issues.push(...toIssues(t.error.issues, ['line', line]));
    const problem = problems.get(id);
    if (!problem)
      issues.push(
        makeIssue(
          ['line', line, 'problem'],
          'unknown_reference',
          `line ${line}: "${id}" has no "open" row above this one`,
          `第 ${line} 行：问题“${id}”在此行之前没有登记（open）行`,
        ),
      );
    else if (t.success) problem.history.push(t.data);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: [...problems.values()] };
}
