/**
 * Detail of the `eco-select` event of `<eco-task-board>`: the measure (重点任务) whose card the
 * user activated.
 *
 * @example
 * board.addEventListener('eco-select', (e) => {
 *   const { measure } = (e as CustomEvent<TaskBoardSelectDetail>).detail; // e.g. 'backward-capacity'
 * });
 *
 * @category Widgets
 */
export interface TaskBoardSelectDetail {
  /** The measure's id. */
  measure: string;
}
