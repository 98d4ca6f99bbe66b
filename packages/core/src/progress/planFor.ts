import type { Indicator } from '../model/indicator.schema.js';
import type { Unit } from '../model/unit.schema.js';

/**
 * The indicator's plan as one unit faces it. A class target for a tag the unit carries (e.g.
 * `mountainous`, 山区县) replaces the target value, and the milestones go with it, because they
 * lead to the general target; otherwise the indicator's own plan. Only the unit's tags matter.
 * {@link targetFor} and {@link expectedAt} read a unit's plan through this, so the target, the
 * planned trajectory, the status and the chart agree for every unit.
 *
 * @category Progress
 * @param indicator - The indicator.
 * @param unit - The unit, or anything with its `tags`.
 * @returns The indicator itself when no class target applies; else a copy with the class target
 *   and no milestones.
 * @example
 * // pm25: baseline 42 (2020), milestone 32 (2025), target 30 (2026); class target 35 for 'industrial'
 * planFor(pm25, { tags: ['industrial'] }).target.value //=> 35
 * planFor(pm25, { tags: ['industrial'] }).milestones //=> []
 * planFor(pm25, { tags: [] }) === pm25 //=> true
 */
export function planFor(indicator: Indicator, unit: Pick<Unit, 'tags'>): Indicator {
  const special = indicator.classTargets?.find((t) => unit.tags.includes(t.tag));
  return special === undefined
    ? indicator
    : { ...indicator, target: { ...indicator.target, value: special.value }, milestones: [] };
}
