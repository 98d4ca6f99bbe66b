import type { Ledgers } from './ledgers.schema.js';
import { writeDispatchesCsv } from './writeDispatchesCsv.js';
import { writeDutiesCsv } from './writeDutiesCsv.js';
import { writeOrdersCsv } from './writeOrdersCsv.js';
import { writeProblemsCsv } from './writeProblemsCsv.js';

/**
 * Writes each of a city's ledgers as its CSV (`writeProblemsCsv`, `writeOrdersCsv`,
 * `writeDispatchesCsv`, `writeDutiesCsv`); `readLedgersCsv` with the same office reads them back,
 * and writing what it read gives the same bytes. The office is not in any table.
 *
 * @category Ledgers
 * @param ledgers - The ledgers.
 * @returns The four CSV texts, each ending with a newline.
 * @example
 * Object.keys(writeLedgersCsv(ledgers)) //=> ['problems', 'orders', 'dispatches', 'duties']
 */
export function writeLedgersCsv(ledgers: Ledgers): {
  problems: string;
  orders: string;
  dispatches: string;
  duties: string;
} {
  return {
    problems: writeProblemsCsv(ledgers.problems),
    orders: writeOrdersCsv(ledgers.orders),
    dispatches: writeDispatchesCsv(ledgers.dispatches),
    duties: writeDutiesCsv(ledgers.duties),
  };
}
