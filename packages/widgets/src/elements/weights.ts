/**
 * Registers only `<eco-weights>`, for pages that use just this element and want the smallest
 * download: `import '@eco-reform/widgets/weights.js'`. A tag the page already has is skipped,
 * as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoWeights } from '../components/weights/weights.component.js';
import { defineElements } from '../shared/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-weights', EcoWeights]], VERSION);

export { EcoWeights };

declare global {
  interface HTMLElementTagNameMap {
    'eco-weights': EcoWeights;
  }
}
