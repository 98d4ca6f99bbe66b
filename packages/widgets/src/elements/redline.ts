/**
 * Registers only `<eco-redline>`, for pages that use just this element and want the smallest
 * download: `import '@eco-reform/widgets/redline.js'`. A tag the page already has is skipped,
 * as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoRedline } from '../components/redline/redline.component.js';
import { defineElements } from '../shared/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-redline', EcoRedline]], VERSION);

export { EcoRedline };

declare global {
  interface HTMLElementTagNameMap {
    'eco-redline': EcoRedline;
  }
}
