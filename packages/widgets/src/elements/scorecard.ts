/**
 * Registers only `<eco-scorecard>`, for pages that use just this element and want the smallest
 * download: `import '@eco-reform/widgets/scorecard.js'`. A tag the page already has is skipped,
 * as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoScorecard } from '../components/scorecard/scorecard.component.js';
import { defineElements } from '../shared/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-scorecard', EcoScorecard]], VERSION);

export { EcoScorecard };
