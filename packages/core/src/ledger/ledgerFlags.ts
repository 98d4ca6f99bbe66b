import type { UnitFlag } from '../model/unitFlag.schema.js';
import { periodInterval } from '../observation/periodInterval.js';
import type { LedgerEntry } from './ledgerEntry.js';
import { ledgerFlagName } from './ledgerFlagName.js';

/**
 * The ledgers' part of an assessment period as units' flags, one per counted item, so the scheme's
 * rules score them as it declares (`when: { event: 'flag', flag: 'overdueProblem' }`; per item and
 * capped once the rules count flags): an item still overdue at the end of the period, and an
 * item done late within the period (its last event in the period). Each flag's `source` is the
 * entry's id and its note the entry's title, so the deduction can be traced to the item.
 *
 * @category Ledgers
 * @param entries - `ledgerStateAt(ledgers, <last day of period>)`.
 * @param period - The assessed period, e.g. `2025`.
 * @returns The flags, in the entries' order (overdue first).
 * @example
 * ledgerFlags(ledgerStateAt(ledgers, '2025-12-31'), '2025').map((f) => [f.unit, f.flag])
 * //=> [['nanshan', 'overdueProblem'], ['qingxi', 'overdueOrder'], …] (Meixi)
 */
export function ledgerFlags(entries: ReadonlyArray<LedgerEntry>, period: string): UnitFlag[] {
  const interval = periodInterval(period);
  if (!interval) return [];
  const flags: UnitFlag[] = [];
  for (const e of entries) {
    const flag = ledgerFlagName(e);
    if (flag === null) continue;
    const last = e.history[e.history.length - 1]!.date;
    if (e.overdueDays === 0 && (last < interval.start || last > interval.end)) continue;
    flags.push({ unit: e.unit, period, flag, note: { zh: e.title.zh, en: e.title.en }, source: e.id });
  }
  return flags;
}
