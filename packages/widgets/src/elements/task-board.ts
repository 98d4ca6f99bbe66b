/**
 * Registers only `<eco-task-board>`, for pages that use just this element and want the smallest
 * download: `import '@eco-reform/widgets/task-board.js'`. A tag the page already has is skipped,
 * as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoTaskBoard } from '../components/task-board/task-board.component.js';
import { defineElements } from '../shared/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-task-board', EcoTaskBoard]], VERSION);

export { EcoTaskBoard };

declare global {
  interface HTMLElementTagNameMap {
    'eco-task-board': EcoTaskBoard;
  }
}
