import type { ReportingDuty } from './reportingDuty.schema.js';
import { ledgerCsvLayouts } from './_lib/ledgerCsvLayouts.js';
import { writeEvidenceCell } from './_lib/writeEvidenceCell.js';
import { writeLedgerLog } from './_lib/writeLedgerLog.js';

/**
 * Writes the reporting duties (信息报送) as CSV, one row per event: the duty's `require` row (what,
 * the units bound in `units` separated by `;`, `every` *month*, *quarter* or *year*, `due_day`,
 * `from` and `until` periods), then one `submit` row per submission (the unit, the `period` it
 * reports on, the `date` it came in, evidence as `sha256sum` lines). Columns: `duty,action,date,
 * what_zh,what_en,units,every,due_day,from,until,unit,period,evidence`. Evidence titles are not
 * carried. `readLedgersCsv` reads it back.
 *
 * @category Ledgers
 * @param duties - The reporting duties.
 * @returns The CSV text, ending with a newline.
 * @example
 * writeDutiesCsv(ledgers.duties).split('\n')[1]
 * //=> 'r-monthly,require,,督察反馈问题整改进展月报,Monthly progress report on the inspection findings,gangkou;qingxi;dongcheng,month,5,2025-07,2026-06,,,' (Meixi)
 */
export function writeDutiesCsv(duties: ReadonlyArray<ReportingDuty>): string {
  const rows: Array<Record<string, string | undefined>> = [];
  for (const d of duties) {
    rows.push({
      duty: d.id,
      action: 'require',
      what_zh: d.what.zh,
      what_en: d.what.en,
      units: d.units.join(';'),
      every: d.every,
      due_day: String(d.dueDay),
      from: d.from,
      until: d.until,
    });
    for (const s of d.submissions)
      rows.push({
        duty: d.id,
        action: 'submit',
        date: s.date,
        unit: s.unit,
        period: s.period,
        evidence: writeEvidenceCell(s.evidence),
      });
  }
  return writeLedgerLog(ledgerCsvLayouts.duties.columns, rows);
}
