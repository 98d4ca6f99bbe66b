/**
 * Registers only `<eco-breakdown>`, for pages that use just this element and want the smallest
 * download: `import '@eco-reform/widgets/breakdown.js'`. A tag the page already has is skipped,
 * as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoBreakdown } from '../components/breakdown/breakdown.component.js';
import { defineElements } from '../shared/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-breakdown', EcoBreakdown]], VERSION);

export { EcoBreakdown };

declare global {
  interface HTMLElementTagNameMap {
    'eco-breakdown': EcoBreakdown;
  }
}
