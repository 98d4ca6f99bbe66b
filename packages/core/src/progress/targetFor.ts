import type { Indicator } from '../model/indicator.schema.js';
import type { Unit } from '../model/unit.schema.js';
import { planFor } from './planFor.js';

/**
 * The target a unit is held to in a period, and the one place that says it. In order: a target
 * assigned to the unit for exactly that period (`unitTargets`, 目标分解); else, for a unit carrying
 * a tag with a class target (`classTargets`), that class target; else the indicator's milestone for
 * exactly that period; else its target. (Through the unit's plan, {@link planFor}: a class target
 * drops the milestones, a unit's own targets are its milestones.) The value is compared with it by
 * `indicator.target.comparator` (`meetsTarget`); `assess` scores distance to target, all-or-nothing,
 * completion ratio and deduction, and decides `achieved` and binding-target rules against it, and
 * stores it per cell (`cells.target`). An indicator without a target (one scored relative to the
 * other units, which the schema allows: `METHOD_READS`) holds no unit to anything: `null`.
 *
 * @category Progress
 * @param indicator - The indicator.
 * @param unit - The unit, or anything with its `id` and `tags`.
 * @param period - The period assessed, e.g. `2025`.
 * @returns The target value (a boolean for yes/no indicators), or `null` when the indicator has no target.
 * @example
 * // pm25: baseline 42 (2020), milestone 32 (2025), target 30 (2026); class target 35 for 'industrial';
 * // unit target 31 for gangkou in 2025
 * targetFor(pm25, { id: 'xihu', tags: [] }, '2025') //=> 32 (the 2025 milestone)
 * targetFor(pm25, { id: 'xihu', tags: [] }, '2024') //=> 30 (no milestone in 2024)
 * targetFor(pm25, { id: 'xihu', tags: ['industrial'] }, '2025') //=> 35
 * targetFor(pm25, { id: 'gangkou', tags: ['industrial'] }, '2025') //=> 31 (its own target beats its class's)
 * targetFor({ ...pm25, scoring: { method: 'minMax' }, target: undefined, milestones: undefined, … }, xihu, '2025') //=> null
 */
export function targetFor(
  indicator: Indicator,
  unit: Pick<Unit, 'id' | 'tags'>,
  period: string,
): number | boolean | null {
  const plan = planFor(indicator, unit);
  // Milestones exist only beside a target (the schema says so), so no target means none at all.
  if (plan.target === undefined) return null;
  return plan.milestones?.find((m) => m.period === period)?.value ?? plan.target.value;
}
