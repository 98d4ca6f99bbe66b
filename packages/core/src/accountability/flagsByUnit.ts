import type { UnitFlag } from '../model/unitFlag.schema.js';
import { idRecord } from '../_lib/idRecord.js';

/**
 * Turns the units' flags into the `flags` option of `assess` for one period: unit id → its flags
 * in that period, each once, sorted (so the assessment does not depend on the list's order).
 *
 * @category Accountability
 * @param flags - The bundle's `flags` (or a `--flags` file).
 * @param period - The period being assessed; flags of other periods are left out.
 * @returns The units with at least one flag in `period`.
 * @example
 * flagsByUnit([{ unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' }, { unit: 'xihu', period: '2024', flag: 'nationalHonour' }], '2025')
 * //=> { gangkou: ['verifiedComplaint'] }
 */
export function flagsByUnit(flags: ReadonlyArray<UnitFlag>, period: string): Record<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const f of flags) {
    if (f.period !== period) continue;
    let set = sets.get(f.unit);
    if (!set) sets.set(f.unit, (set = new Set()));
    set.add(f.flag);
  }
  const out = idRecord<string[]>();
  for (const unit of [...sets.keys()].sort()) out[unit] = [...sets.get(unit)!].sort();
  return out;
}
