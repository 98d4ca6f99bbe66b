import type { ObservationSheet } from '../observation/readObservationsSheet.js';

/**
 * A city's ledgers as tables, for `readLedgersCsv`: the supervision office's unit id (kept in no
 * table) and, for each ledger given, its CSV text or a spreadsheet's sheet with the same header
 * (see `writeProblemsCsv`, `writeOrdersCsv`, `writeDispatchesCsv`, `writeDutiesCsv`). A ledger not
 * given is empty.
 *
 * @category Ledgers
 * @example
 * const tables: LedgerCsvTables = { office: 'supervision', orders: 'order,action,date,number,to,asks_zh,reply_due\n' };
 */
export interface LedgerCsvTables {
  /** The unit that closes and returns problems (`Ledgers.office`). */
  office: string;
  problems?: string | ObservationSheet;
  orders?: string | ObservationSheet;
  dispatches?: string | ObservationSheet;
  duties?: string | ObservationSheet;
}
