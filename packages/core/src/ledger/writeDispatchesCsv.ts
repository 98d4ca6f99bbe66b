import type { DispatchRecord } from './dispatchRecord.schema.js';
import type { LocalizedText } from '../model/localizedText.schema.js';
import { ledgerCsvLayouts } from './_lib/ledgerCsvLayouts.js';
import { writeEvidenceCell } from './_lib/writeEvidenceCell.js';
import { writeLedgerLog } from './_lib/writeLedgerLog.js';

/** One language of a list of texts: one per line, or an empty cell when no text has that language. */
const linesOf = (texts: ReadonlyArray<LocalizedText>, lang: 'zh' | 'en'): string =>
  texts.every((t) => !t[lang]) ? '' : texts.map((t) => t[lang] ?? '').join('\n');

/**
 * Writes the dispatch meetings (调度) and their assigned items (交办事项) as CSV, one row per event:
 * the meeting's `meet` row (date, name, attending units in `attendees` separated by `;`, decisions
 * one per line in `decisions_zh` and `decisions_en`, line for line), then per item its `assign` row
 * (`item` id, task, unit, the person's position, `due`) and, once done, its `done` row (`item`,
 * the completion `date`, note, evidence as `sha256sum` lines). Columns: `dispatch,action,date,item,
 * meeting_zh,meeting_en,attendees,decisions_zh,decisions_en,task_zh,task_en,unit,person_position_zh,
 * person_position_en,due,note_zh,note_en,evidence`. A person's name and evidence titles are not
 * carried. `readLedgersCsv` reads it back.
 *
 * @category Ledgers
 * @param dispatches - The dispatch meetings.
 * @returns The CSV text, ending with a newline.
 * @example
 * writeDispatchesCsv(ledgers.dispatches).split('\n')[0]
 * //=> 'dispatch,action,date,item,meeting_zh,meeting_en,attendees,decisions_zh,decisions_en,task_zh,task_en,unit,person_position_zh,person_position_en,due,note_zh,note_en,evidence'
 */
export function writeDispatchesCsv(dispatches: ReadonlyArray<DispatchRecord>): string {
  const rows: Array<Record<string, string | undefined>> = [];
  for (const d of dispatches) {
    rows.push({
      dispatch: d.id,
      action: 'meet',
      date: d.date,
      meeting_zh: d.meeting.zh,
      meeting_en: d.meeting.en,
      attendees: d.attendees.join(';'),
      decisions_zh: linesOf(d.decisions, 'zh'),
      decisions_en: linesOf(d.decisions, 'en'),
    });
    for (const a of d.assignments) {
      rows.push({
        dispatch: d.id,
        action: 'assign',
        item: a.id,
        task_zh: a.task.zh,
        task_en: a.task.en,
        unit: a.unit,
        person_position_zh: a.person?.position.zh,
        person_position_en: a.person?.position.en,
        due: a.due,
      });
      if (a.done)
        rows.push({
          dispatch: d.id,
          action: 'done',
          item: a.id,
          date: a.done.date,
          note_zh: a.done.note?.zh,
          note_en: a.done.note?.en,
          evidence: writeEvidenceCell(a.done.evidence),
        });
    }
  }
  return writeLedgerLog(ledgerCsvLayouts.dispatches.columns, rows);
}
