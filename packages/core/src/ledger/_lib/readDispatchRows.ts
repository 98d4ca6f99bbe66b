import type { ObservationSheet } from '../../observation/readObservationsSheet.js';
import { AssignmentSchema } from '../assignment.schema.js';
import { type DispatchRecord, DispatchRecordSchema } from '../dispatchRecord.schema.js';
import { ledgerCsvLayouts } from './ledgerCsvLayouts.js';
import { localizedCells } from './localizedCells.js';
import { type ColumnOf, type LedgerLog, readLedgerLog } from './readLedgerLog.js';

const meetColumns: ColumnOf = {
  id: 'dispatch',
  meeting: 'meeting_zh',
  date: 'date',
  attendees: 'attendees',
  decisions: 'decisions_zh',
  assignments: 'dispatch',
};
const assignColumns: ColumnOf = {
  id: 'item',
  task: 'task_zh',
  unit: 'unit',
  'person.unit': 'unit',
  person: 'person_position_zh',
  due: 'due',
  done: 'item',
};
const doneColumns: ColumnOf = { date: 'date', note: 'note_zh', evidence: 'evidence' };

/** The dispatch ledger's rows read into dispatch meetings (see `readLedgersCsv`), with the log that locates issues found on them later. */
export function readDispatchRows(input: string | ObservationSheet): { items: DispatchRecord[]; log: LedgerLog } {
  const log = readLedgerLog(input, ledgerCsvLayouts.dispatches);
  const meetings: DispatchRecord[] = [];
  const index = new Map<string, number>();
  const held = new Map<string, string>();
  // Where each assigned item is, by its id: the meeting's index and its own; and whether a row declared it at all.
  const items = new Map<string, [number, number]>();
  const assigned = new Map<string, string>();
  for (const row of log.rows) {
    const cell = row.cell;
    if (row.action === 'meet') {
      const first = held.get(row.id);
      if (first !== undefined) {
        row.fail(
          'dispatch',
          'duplicate_id',
          `the meeting "${row.id}" is recorded twice (first at ${first})`,
          `调度会“${row.id}”重复登记（首次在 ${first}）`,
        );
        continue;
      }
      held.set(row.id, row.at.en);
      const zh = row.lines('decisions_zh');
      const en = row.lines('decisions_en');
      if (zh.length > 0 && en.length > 0 && zh.length !== en.length) {
        row.fail(
          'decisions_en',
          'invalid_cell',
          `${en.length} decision(s) in English for ${zh.length} in Chinese: write one decision per line in each, in the same order`,
          `英文决定 ${en.length} 条，中文 ${zh.length} 条：两列各写每条决定一行，顺序一致`,
        );
        continue;
      }
      const decisions = Array.from(
        { length: Math.max(zh.length, en.length) },
        (_, k) => localizedCells((zh[k] ?? '').trim(), (en[k] ?? '').trim()) ?? {},
      );
      const d = row.parse(
        DispatchRecordSchema,
        {
          id: row.id,
          meeting: localizedCells(cell('meeting_zh'), cell('meeting_en')) ?? {},
          date: cell('date'),
          attendees: row.ids('attendees'),
          decisions,
          assignments: [],
        },
        meetColumns,
      );
      if (d) {
        row.place([meetings.length], meetColumns);
        index.set(row.id, meetings.length);
        meetings.push(d);
      }
      continue;
    }
    const k = index.get(row.id);
    const item = cell('item');
    if (!held.has(row.id))
      row.fail(
        'dispatch',
        'unknown_reference',
        `"${row.id}" has no "meet" row above this one`,
        `调度会“${row.id}”在此行之前没有登记（meet）行`,
      );
    if (row.action === 'assign') {
      const first = assigned.get(item);
      if (first !== undefined) {
        row.fail(
          'item',
          'duplicate_id',
          `the item "${item}" is assigned twice (first at ${first})`,
          `交办事项“${item}”重复登记（首次在 ${first}）`,
        );
        continue;
      }
      assigned.set(item, row.at.en);
      const person = localizedCells(cell('person_position_zh'), cell('person_position_en'));
      const a = row.parse(
        AssignmentSchema,
        {
          id: item,
          task: localizedCells(cell('task_zh'), cell('task_en')) ?? {},
          unit: cell('unit'),
          ...(person ? { person: { unit: cell('unit'), position: person } } : {}),
          due: cell('due'),
        },
        assignColumns,
      );
      if (k !== undefined && a) {
        const j = meetings[k]!.assignments.length;
        row.place([k, 'assignments', j], assignColumns);
        items.set(item, [k, j]);
        meetings[k]!.assignments.push(a);
      }
      continue;
    }
    // A `done` row: the item's completion, after the row that assigned it at this meeting.
    const at = items.get(item);
    const a = at && at[0] === k ? meetings[at[0]]!.assignments[at[1]]! : undefined;
    if (!assigned.has(item) || (at && at[0] !== k))
      row.fail(
        'item',
        'unknown_reference',
        `"${item}" has no "assign" row of meeting "${row.id}" above this one`,
        `交办事项“${item}”在此行之前没有调度会“${row.id}”的交办（assign）行`,
      );
    else if (a?.done) {
      row.fail('item', 'duplicate_id', `the item "${item}" is done twice`, `交办事项“${item}”重复办结`);
      continue;
    }
    const note = localizedCells(cell('note_zh'), cell('note_en'));
    const evidence = row.evidence();
    const done = {
      date: cell('date'),
      ...(note ? { note } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
    };
    const checked = row.parse(AssignmentSchema.shape.done, done, doneColumns);
    if (a && at && checked) {
      row.place([at[0], 'assignments', at[1], 'done'], doneColumns);
      a.done = checked;
    }
  }
  return { items: meetings, log };
}
