import * as z from 'zod/mini';
import { LocalizedTextSchema } from './localizedText.schema.js';

const Share = z.number().check(z.gte(0), z.lte(1));

/**
 * How a unit group's key tasks are scored (重点任务完成情况): the item's `points`, the scheme's
 * `clause` (the basis a report quotes), the method and the roles' shares.
 * - `timeliness`: each node due in the year (`per: 'node'`), or each task with a node due in the
 *   year judged by its worst due node (`per: 'task'`), earns the share of its level: completed
 *   on time (`onTime`), completed late (`late`) or overdue and not completed (`notDone`).
 * - `pace` (序时进度): each task with a node due in the year or later earns the share of its
 *   band on 31 December (超序时 `ahead`, 按序时 `onPace`, 滞后序时 `behind`), by the scheme's
 *   `paceBands`.
 * `roles`: the part of a shortfall each role bears: a unit's credit on an item is
 * 1 − role × (1 − share); a lead (牵头) of *1* bears all of it, a co-operating unit (配合) of
 * *0.5* half. The item's points are split evenly over the unit's items; `noTasks` says what a
 * unit with none gets (`fullPoints`, or `excluded`: its other parts are scaled up to the total).
 *
 * @category Model
 * @example
 * TaskScoringSchema.parse({ points: 20, clause: { zh: '第六条 重点任务完成情况20分' },
 *   method: { kind: 'timeliness', per: 'node', onTime: 1, late: 0.5, notDone: 0 }, roles: { lead: 1, cooperating: 0.5 }, noTasks: 'fullPoints' })
 */
export const TaskScoringSchema = z.strictObject({
  points: z.number().check(z.positive()),
  clause: LocalizedTextSchema,
  method: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('timeliness'),
      per: z.enum(['node', 'task']),
      onTime: Share,
      late: Share,
      notDone: Share,
    }),
    z.strictObject({ kind: z.literal('pace'), ahead: Share, onPace: Share, behind: Share }),
  ]),
  roles: z.strictObject({ lead: Share, cooperating: Share }),
  noTasks: z.enum(['fullPoints', 'excluded']),
});

/**
 * A task-scoring part of a unit group's scheme.
 *
 * @category Model
 * @example
 * const scoring: TaskScoring = framework.scheme.groups![1]!.tasks!; // Meixi's departments: 100 points on 序时进度
 */
export type TaskScoring = z.infer<typeof TaskScoringSchema>;
