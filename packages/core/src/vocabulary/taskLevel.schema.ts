import * as z from 'zod/mini';

/**
 * The level a key-task item is scored at: by timeliness `onTime` (按期完成), `late` (逾期完成)
 * or `notDone` (未完成); by 序时进度 `ahead` (超序时), `onPace` (按序时) or `behind` (滞后序时).
 *
 * @category Model
 * @example
 * TaskLevelSchema.parse('notDone') //=> 'notDone'
 */
export const TaskLevelSchema = z.enum(['onTime', 'late', 'notDone', 'ahead', 'onPace', 'behind']);

/**
 * One of `onTime | late | notDone | ahead | onPace | behind`.
 *
 * @category Model
 * @example
 * const level: TaskLevel = 'late';
 */
export type TaskLevel = z.infer<typeof TaskLevelSchema>;
