/**
 * Registers only `<eco-ranking>`, for pages that use just this element and want the smallest
 * download: `import '@eco-reform/widgets/ranking.js'`. A tag the page already has is skipped,
 * as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoRanking } from '../components/ranking/ranking.component.js';
import { defineElements } from '../shared/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-ranking', EcoRanking]], VERSION);

export { EcoRanking };

declare global {
  interface HTMLElementTagNameMap {
    'eco-ranking': EcoRanking;
  }
}
