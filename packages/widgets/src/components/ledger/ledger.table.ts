import type { Lang } from '@eco-reform/core';
import type { TableTwin } from '../../shared/table-twin.js';
import type { LedgerView } from './ledger.layout.js';
import { ledgerText } from './ledger.text.js';

/**
 * The ledger board as plain text: one row per shown entry, in the board's order (overdue first),
 * what each row shows, the evidence as `sha256sum` lines. What the "Table" disclosure shows and
 * "Download table (CSV)" writes.
 *
 * @category Layout
 * @param view - The board's layout.
 * @param lang - The language of the headings.
 * @returns The table.
 * @example
 * ledgerTable(ledgerLayout(meixi, { lang: 'en', asOf: '2025-12-31', source: null, unit: null, state: null }), 'en').rows[0]!.slice(0, 3)
 * //=> ['p-2025-03', 'Five black and odorous urban water bodies: clean-up behind schedule', 'Open']
 */
export function ledgerTable(view: LedgerView, lang: Lang): TableTwin {
  const s = ledgerText[lang];
  return {
    caption: s.caption(view.asOfText),
    head: [s.id, s.what, s.state, s.source, s.unit, s.due, s.overdue, s.late, s.evidence],
    rows: view.rows.map((r) => [
      r.id,
      r.title,
      r.stateText,
      r.listed ? `${r.sourceText} · ${s.listed}` : r.sourceText,
      r.unitName,
      r.dueText,
      r.overdueDays > 0 ? String(r.overdueDays) : '',
      r.lateDays > 0 ? String(r.lateDays) : '',
      r.history.flatMap((h) => h.evidence.map((e) => `${e.sha256}  ${e.ref}`)).join('\n'),
    ]),
  };
}
