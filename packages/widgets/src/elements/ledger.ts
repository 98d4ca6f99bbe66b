/**
 * Registers only `<eco-ledger>`, for pages that use just this element and want the smallest
 * download: `import '@eco-reform/widgets/ledger.js'`. A tag the page already has is skipped, as
 * with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoLedger } from '../components/ledger/ledger.component.js';
import { defineElements } from '../internal/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-ledger', EcoLedger]], VERSION);

export { EcoLedger };

declare global {
  interface HTMLElementTagNameMap {
    'eco-ledger': EcoLedger;
  }
}
