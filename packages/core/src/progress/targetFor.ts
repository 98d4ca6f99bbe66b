import type { Indicator } from '../model/indicator.schema.js';
import type { Unit } from '../model/unit.schema.js';
import { planFor } from './planFor.js';

/**
 * The target a unit is held to in a period: in the unit's plan ({@link planFor}: a class target
 * for one of its tags replaces the target and its milestones), the milestone declared for exactly
 * that period, else the target. The value is compared with it by `indicator.target.comparator`
 * (`meetsTarget`); `assess` scores distance to target and decides `achieved` and binding-target
 * rules against it, and stores it per cell (`cells.target`).
 *
 * @category Progress
 * @param indicator - The indicator.
 * @param unit - The unit, or anything with its `tags`.
 * @param period - The period assessed, e.g. `2025`.
 * @returns The target value (a boolean for yes/no indicators).
 * @example
 * // pm25: baseline 42 (2020), milestone 32 (2025), target 30 (2026); class target 35 for 'industrial'
 * targetFor(pm25, { tags: [] }, '2025') //=> 32 (the 2025 milestone)
 * targetFor(pm25, { tags: [] }, '2024') //=> 30 (no milestone in 2024)
 * targetFor(pm25, { tags: ['industrial'] }, '2025') //=> 35
 */
export function targetFor(indicator: Indicator, unit: Pick<Unit, 'tags'>, period: string): number | boolean {
  const plan = planFor(indicator, unit);
  return plan.milestones?.find((m) => m.period === period)?.value ?? plan.target.value;
}
