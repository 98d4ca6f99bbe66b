import type { UnitFlag } from '../model/unitFlag.schema.js';
import { idRecord } from '../_lib/idRecord.js';

/**
 * Counts flags per unit and flag name, each count capped where `caps` names the flag (e.g. at most
 * 5 overdue problems count against one unit), so a rule that deducts per item is bounded as the
 * scheme declares. Uncapped flags count in full.
 *
 * @category Ledgers
 * @param flags - E.g. from `ledgerFlags`.
 * @param caps - Flag name → the most items that count.
 * @returns Unit id → flag name → count, units and flags in sorted order.
 * @example
 * countLedgerFlags([{ unit: 'qingxi', period: '2025', flag: 'overdueSubmission' }, { unit: 'qingxi', period: '2025', flag: 'overdueSubmission' }], { overdueSubmission: 1 })
 * //=> { qingxi: { overdueSubmission: 1 } }
 */
export function countLedgerFlags(
  flags: ReadonlyArray<UnitFlag>,
  caps: Readonly<Record<string, number>> = {},
): Record<string, Record<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const f of flags) {
    let byFlag = counts.get(f.unit);
    if (!byFlag) counts.set(f.unit, (byFlag = new Map()));
    byFlag.set(f.flag, (byFlag.get(f.flag) ?? 0) + 1);
  }
  const out = idRecord<Record<string, number>>();
  for (const unit of [...counts.keys()].sort()) {
    const byFlag = counts.get(unit)!;
    const row = idRecord<number>();
    for (const flag of [...byFlag.keys()].sort()) {
      const cap = Object.hasOwn(caps, flag) ? caps[flag]! : Number.POSITIVE_INFINITY;
      row[flag] = Math.min(byFlag.get(flag)!, cap);
    }
    out[unit] = row;
  }
  return out;
}
