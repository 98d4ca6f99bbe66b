/**
 * Registers only `<eco-headline>`: `import '@eco-reform/widgets/headline.js'`. A tag the page
 * already has is skipped, as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoHeadline } from '../components/headline/headline.component.js';
import { defineElements } from '../internal/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-headline', EcoHeadline]], VERSION);

export { EcoHeadline };
