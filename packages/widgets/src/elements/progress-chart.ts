/**
 * Registers only `<eco-progress-chart>` and the `<eco-status-badge>` it uses, for pages that use just this element and want the
 * smallest download: `import '@eco-reform/widgets/progress-chart.js'`. Tags the page already has are
 * skipped, as with the full bundle.
 *
 * @packageDocumentation
 */
import { EcoStatusBadge } from '../components/status-badge/status-badge.component.js';
import { EcoProgressChart } from '../components/progress-chart/progress-chart.component.js';
import { defineElements } from '../shared/define-element.js';
import { VERSION } from '../version.js';

defineElements(
  [
    ['eco-status-badge', EcoStatusBadge],
    ['eco-progress-chart', EcoProgressChart],
  ],
  VERSION,
);

export { EcoProgressChart };
