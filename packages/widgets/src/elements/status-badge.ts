/**
 * Registers only `<eco-status-badge>`, for pages that use just this element and want the
 * smallest download: `import '@eco-reform/widgets/status-badge.js'`. A tag the page already has is
 * skipped, as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoStatusBadge } from '../components/status-badge/status-badge.component.js';
import { defineElements } from '../shared/define-element.js';
import { VERSION } from '../version.js';

defineElements([['eco-status-badge', EcoStatusBadge]], VERSION);

export { EcoStatusBadge };
