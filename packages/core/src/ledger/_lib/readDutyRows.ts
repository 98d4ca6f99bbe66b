import type { ObservationSheet } from '../../observation/readObservationsSheet.js';
import { type ReportingDuty, ReportingDutySchema } from '../reportingDuty.schema.js';
import { SubmissionSchema } from '../submission.schema.js';
import { ledgerCsvLayouts } from './ledgerCsvLayouts.js';
import { localizedCells } from './localizedCells.js';
import { type ColumnOf, type LedgerLog, readLedgerLog } from './readLedgerLog.js';

const requireColumns: ColumnOf = {
  id: 'duty',
  what: 'what_zh',
  units: 'units',
  every: 'every',
  dueDay: 'due_day',
  from: 'from',
  until: 'until',
  submissions: 'duty',
};
const submitColumns: ColumnOf = { unit: 'unit', period: 'period', date: 'date', evidence: 'evidence' };

/** The reporting duties' rows read into duties (see `readLedgersCsv`), with the log that locates issues found on them later. */
export function readDutyRows(input: string | ObservationSheet): { items: ReportingDuty[]; log: LedgerLog } {
  const log = readLedgerLog(input, ledgerCsvLayouts.duties);
  const duties: ReportingDuty[] = [];
  const index = new Map<string, number>();
  const required = new Map<string, string>();
  for (const row of log.rows) {
    const cell = row.cell;
    if (row.action === 'require') {
      const first = required.get(row.id);
      if (first !== undefined) {
        row.fail(
          'duty',
          'duplicate_id',
          `the duty "${row.id}" is declared twice (first at ${first})`,
          `报送要求“${row.id}”重复登记（首次在 ${first}）`,
        );
        continue;
      }
      required.set(row.id, row.at.en);
      const day = cell('due_day');
      const d = row.parse(
        ReportingDutySchema,
        {
          id: row.id,
          what: localizedCells(cell('what_zh'), cell('what_en')) ?? {},
          units: row.ids('units'),
          every: cell('every'),
          // A whole number is read as one; anything else stays text, for the schema to refuse at this cell.
          dueDay: /^\d{1,9}$/.test(day) ? Number(day) : day,
          from: cell('from'),
          ...(cell('until') ? { until: cell('until') } : {}),
          submissions: [],
        },
        requireColumns,
      );
      if (d) {
        row.place([duties.length], requireColumns);
        index.set(row.id, duties.length);
        duties.push(d);
      }
      continue;
    }
    const evidence = row.evidence();
    const s = row.parse(
      SubmissionSchema,
      {
        unit: cell('unit'),
        period: cell('period'),
        date: cell('date'),
        ...(evidence.length > 0 ? { evidence } : {}),
      },
      submitColumns,
    );
    if (!required.has(row.id))
      row.fail(
        'duty',
        'unknown_reference',
        `"${row.id}" has no "require" row above this one`,
        `报送要求“${row.id}”在此行之前没有登记（require）行`,
      );
    const k = index.get(row.id);
    if (k !== undefined && s) {
      row.place([k, 'submissions', duties[k]!.submissions.length], submitColumns);
      duties[k]!.submissions.push(s);
    }
  }
  return { items: duties, log };
}
