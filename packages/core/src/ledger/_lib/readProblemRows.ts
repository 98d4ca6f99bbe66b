import type { ObservationSheet } from '../../observation/readObservationsSheet.js';
import type { Problem } from '../problem.schema.js';
import { ProblemSchema } from '../problem.schema.js';
import { ProblemTransitionSchema } from '../problemTransition.schema.js';
import { ledgerCsvLayouts } from './ledgerCsvLayouts.js';
import { localizedCells } from './localizedCells.js';
import { type ColumnOf, type LedgerLog, readLedgerLog } from './readLedgerLog.js';

const openColumns: ColumnOf = {
  id: 'problem',
  'source.kind': 'source',
  'source.document': 'document',
  'source.zone': 'zone',
  'source.period': 'period',
  source: 'source',
  unit: 'unit',
  'person.unit': 'unit',
  person: 'person_position_zh',
  found: 'found_zh',
  measures: 'measures_zh',
  opened: 'date',
  deadline: 'deadline',
  checker: 'checker',
};
const stepColumns: ColumnOf = {
  action: 'action',
  date: 'date',
  'by.role': 'role',
  'by.unit': 'by_unit',
  'by.person': 'by_person',
  by: 'by_unit',
  note: 'note_zh',
  evidence: 'evidence',
};

/** The problem ledger's rows read into problems (see `readProblemsCsv`), with the log that locates issues found on them later. */
export function readProblemRows(input: string | ObservationSheet): { items: Problem[]; log: LedgerLog } {
  const log = readLedgerLog(input, ledgerCsvLayouts.problems);
  const problems = new Map<string, Problem>();
  const opened = new Map<string, string>();
  const index = new Map<string, number>();
  for (const row of log.rows) {
    const cell = row.cell;
    if (row.action === 'open') {
      const first = opened.get(row.id);
      if (first !== undefined) {
        row.fail(
          'problem',
          'duplicate_id',
          `the problem "${row.id}" is opened twice (first at ${first})`,
          `问题“${row.id}”重复登记（首次在 ${first}）`,
        );
        continue;
      }
      opened.set(row.id, row.at.en);
      const kind = cell('source');
      const person = localizedCells(cell('person_position_zh'), cell('person_position_en'));
      const measures = localizedCells(cell('measures_zh'), cell('measures_en'));
      const p = row.parse(
        ProblemSchema,
        {
          id: row.id,
          source:
            kind === 'redLine'
              ? { kind, zone: cell('zone'), period: cell('period') }
              : { kind, document: cell('document') },
          unit: cell('unit'),
          ...(person ? { person: { unit: cell('unit'), position: person } } : {}),
          found: localizedCells(cell('found_zh'), cell('found_en')) ?? {},
          ...(measures ? { measures } : {}),
          opened: cell('date'),
          deadline: cell('deadline'),
          checker: cell('checker'),
          history: [],
        },
        openColumns,
      );
      if (p) {
        row.place([problems.size], openColumns);
        index.set(row.id, problems.size);
        problems.set(row.id, p);
      }
      continue;
    }
    const note = localizedCells(cell('note_zh'), cell('note_en'));
    const evidence = row.evidence();
    const t = row.parse(
      ProblemTransitionSchema,
      {
        action: row.action,
        date: cell('date'),
        by: { role: cell('role'), unit: cell('by_unit'), ...(cell('by_person') ? { person: cell('by_person') } : {}) },
        ...(note ? { note } : {}),
        ...(evidence.length > 0 ? { evidence } : {}),
      },
      stepColumns,
    );
    if (!opened.has(row.id))
      row.fail(
        'problem',
        'unknown_reference',
        `"${row.id}" has no "open" row above this one`,
        `问题“${row.id}”在此行之前没有登记（open）行`,
      );
    const problem = problems.get(row.id);
    if (problem && t) {
      row.place([index.get(row.id)!, 'history', problem.history.length], stepColumns);
      problem.history.push(t);
    }
  }
  return { items: [...problems.values()], log };
}
