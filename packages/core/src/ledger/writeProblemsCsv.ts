import type { Problem } from './problem.schema.js';
import { problemCsvColumns } from './problemCsvColumns.js';
import { writeEvidenceCell } from './_lib/writeEvidenceCell.js';
import { writeLedgerLog } from './_lib/writeLedgerLog.js';

type Column = (typeof problemCsvColumns)[number];

/**
 * Writes the problem ledger as CSV (columns `problemCsvColumns`), one row per event: the problem's
 * `open` row with its source, unit, person, finding, measures, deadline and checker, then one row
 * per transition with its role, unit, person, note and evidence. A ledger kept this way only ever
 * grows by appended rows, so under version control each step is one added line. Evidence titles
 * and a person's name are not carried (keep them in the JSON ledgers when needed).
 *
 * @category Ledgers
 * @param problems - The problems.
 * @returns The CSV text, ending with a newline.
 * @example
 * writeProblemsCsv([problem]).split('\n')[1] //=> 'p1,open,2025-04-12,complaint,12345-0412,,,gangkou,,,码头扬尘,,,,2025-06-30,eeb,,,,,,'
 */
export function writeProblemsCsv(problems: ReadonlyArray<Problem>): string {
  const rows: Array<Partial<Record<Column, string | undefined>>> = [];
  for (const p of problems) {
    const s = p.source;
    const open: Partial<Record<Column, string | undefined>> = {
      problem: p.id,
      action: 'open',
      date: p.opened,
      source: s.kind,
      document: s.kind === 'redLine' ? undefined : s.document,
      zone: s.kind === 'redLine' ? s.zone : undefined,
      period: s.kind === 'redLine' ? s.period : undefined,
      unit: p.unit,
      person_position_zh: p.person?.position.zh,
      person_position_en: p.person?.position.en,
      found_zh: p.found.zh,
      found_en: p.found.en,
      measures_zh: p.measures?.zh,
      measures_en: p.measures?.en,
      deadline: p.deadline,
      checker: p.checker,
    };
    rows.push(open);
    for (const t of p.history) {
      const step: Partial<Record<Column, string | undefined>> = {
        problem: p.id,
        action: t.action,
        date: t.date,
        role: t.by.role,
        by_unit: t.by.unit,
        by_person: t.by.person,
        note_zh: t.note?.zh,
        note_en: t.note?.en,
        evidence: writeEvidenceCell(t.evidence),
      };
      rows.push(step);
    }
  }
  return writeLedgerLog(problemCsvColumns, rows);
}
