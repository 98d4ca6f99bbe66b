import * as z from 'zod/mini';

/**
 * How a time node (时间节点) stands against its due date on a date: `onTime` (completed on or
 * before its due date, 按期完成), `late` (completed after it, 逾期完成), `overdue` (past due and
 * not completed, 逾期未完成) or `pending` (not completed, not yet due, 未到期).
 *
 * @category Model
 * @example
 * NodeTimingSchema.parse('late') //=> 'late'
 */
export const NodeTimingSchema = z.enum(['onTime', 'late', 'overdue', 'pending']);

/**
 * One of `onTime | late | overdue | pending`.
 *
 * @category Model
 * @example
 * const timing: NodeTiming = 'late'; // a node completed after its due date
 */
export type NodeTiming = z.infer<typeof NodeTimingSchema>;
