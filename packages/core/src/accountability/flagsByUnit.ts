import type { UnitFlag } from '../model/unitFlag.schema.js';
import type { FlagCount } from '../model/flagCount.schema.js';
import { idRecord } from '../_lib/idRecord.js';

/**
 * Turns the units' flags into the `flags` option of `assess` for one period: unit id → its flags
 * in that period, sorted by name (so the assessment does not depend on the list's order), each
 * with how many times it happened: the counts of every entry of that unit, period and name added
 * up (an entry without `count` counts 1). A flag that happened once is its plain name, as flag
 * lists were before counts existed; more often, `{ flag, count }`.
 *
 * @category Accountability
 * @param flags - The bundle's `flags` (or a `--flags` file).
 * @param period - The period being assessed; flags of other periods are left out.
 * @returns The units with at least one flag in `period`.
 * @example
 * flagsByUnit([{ unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' }, { unit: 'xihu', period: '2024', flag: 'nationalHonour' }], '2025')
 * //=> { gangkou: ['verifiedComplaint'] }
 * flagsByUnit([{ unit: 'gangkou', period: '2025', flag: 'verifiedComplaint', count: 2 }, { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' }], '2025')
 * //=> { gangkou: [{ flag: 'verifiedComplaint', count: 3 }] }
 */
export function flagsByUnit(flags: ReadonlyArray<UnitFlag>, period: string): Record<string, FlagCount[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const f of flags) {
    if (f.period !== period) continue;
    let byFlag = counts.get(f.unit);
    if (!byFlag) counts.set(f.unit, (byFlag = new Map()));
    byFlag.set(f.flag, (byFlag.get(f.flag) ?? 0) + (f.count ?? 1));
  }
  const out = idRecord<FlagCount[]>();
  for (const unit of [...counts.keys()].sort()) {
    const byFlag = counts.get(unit)!;
    out[unit] = [...byFlag.keys()].sort().map((flag) => {
      const count = byFlag.get(flag)!;
      return count === 1 ? flag : { flag, count };
    });
  }
  return out;
}
