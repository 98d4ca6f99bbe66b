import type { Indicator } from '../model/indicator.schema.js';
import type { Unit } from '../model/unit.schema.js';

/**
 * The indicator's plan as one unit faces it. First the class: a class target for a tag the unit
 * carries (e.g. `mountainous`, 山区县) replaces the target value, and the milestones go with it,
 * because they lead to the general target. Then the unit: its own targets (`unitTargets`, 目标分解)
 * become milestones of its plan, replacing any of the same period, and one for the target's period
 * replaces the target value. Otherwise the indicator's own plan. {@link targetFor} and
 * {@link expectedAt} read a unit's plan through this, so the target, the planned trajectory, the
 * status and the chart agree for every unit.
 *
 * @category Progress
 * @param indicator - The indicator.
 * @param unit - The unit, or anything with its `id` and `tags`.
 * @returns The indicator itself when no class or unit target applies (or it has no target, which the
 *   schema allows only without class and unit targets); else a copy with them.
 * @example
 * // pm25: baseline 42 (2020), milestone 32 (2025), target 30 (2026); class target 35 for 'industrial';
 * // unit target 31 for gangkou in 2025
 * planFor(pm25, { id: 'xihu', tags: ['industrial'] }).target?.value //=> 35
 * planFor(pm25, { id: 'xihu', tags: ['industrial'] }).milestones //=> []
 * planFor(pm25, { id: 'gangkou', tags: [] }).milestones //=> [{ period: '2025', value: 31 }]
 * planFor(pm25, { id: 'xihu', tags: [] }) === pm25 //=> true
 */
export function planFor(indicator: Indicator, unit: Pick<Unit, 'id' | 'tags'>): Indicator {
  const special = indicator.classTargets?.find((t) => unit.tags.includes(t.tag));
  const own = indicator.unitTargets?.filter((t) => t.unit === unit.id) ?? [];
  const target = indicator.target;
  if ((special === undefined && own.length === 0) || target === undefined) return indicator;
  const classTarget = special === undefined ? target : { ...target, value: special.value };
  const byClass = special === undefined ? indicator : { ...indicator, target: classTarget, milestones: [] };
  if (own.length === 0) return byClass;
  const periods = new Set(own.map((t) => t.period));
  const final = own.find((t) => t.period === target.period);
  return {
    ...byClass,
    target: final === undefined ? classTarget : { ...classTarget, value: final.value },
    milestones: [
      ...(byClass.milestones ?? []).filter((m) => !periods.has(m.period)),
      ...own.filter((t) => t !== final).map((t) => ({ period: t.period, value: t.value })),
    ],
  };
}
