import * as z from 'zod/mini';
import { IdSchema } from './id.schema.js';
import { LocalizedTextSchema } from './localizedText.schema.js';
import { TaskScoringSchema } from './taskScoring.schema.js';
import { UnitSchema } from './unit.schema.js';

/**
 * A group of units assessed on one scheme (分类考核), e.g. districts and counties (区县) or city
 * departments (市直部门): the unit kinds it holds, the points of its parts — `indicators` (the
 * unit's indicator total, scaled from the scheme's total points to these; *0* when the group is
 * not scored on indicators) and `tasks` (key-task scoring) — which add up to the scheme's total
 * points, and where a vetoed unit is placed: after every other unit of the group (`last`) or
 * not ranked (`unranked`). Every unit is ranked within its group.
 *
 * @category Model
 * @example
 * UnitGroupSchema.parse({ id: 'departments', label: { zh: '市直部门' }, kinds: ['department'], indicators: 0,
 *   tasks: { points: 100, clause: { zh: '第七条' }, method: { kind: 'pace', ahead: 1, onPace: 0.9, behind: 0.6 },
 *     roles: { lead: 1, cooperating: 0.3 }, noTasks: 'excluded' }, vetoed: 'last' })
 */
export const UnitGroupSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  kinds: z.array(UnitSchema.shape.kind).check(z.minLength(1)),
  indicators: z.number().check(z.nonnegative()),
  tasks: z.optional(TaskScoringSchema),
  vetoed: z.enum(['last', 'unranked']),
});

/**
 * A unit group.
 *
 * @category Model
 * @example
 * const districts: UnitGroup = framework.scheme.groups![0]!; // Meixi: districts and counties, 80 indicator points + 20 task points
 */
export type UnitGroup = z.infer<typeof UnitGroupSchema>;
