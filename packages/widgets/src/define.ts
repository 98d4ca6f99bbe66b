/**
 * Registers every eco-reform element under its `eco-*` tag, skipping tags the page already
 * has. This is the module the CDN bundle is built from.
 *
 * @packageDocumentation
 */
import { EcoStatusBadge } from './components/status-badge/status-badge.component.js';
import { EcoScorecard } from './components/scorecard/scorecard.component.js';
import { EcoProgressChart } from './components/progress-chart/progress-chart.component.js';
import { defineElements } from './internal/define-element.js';
import { VERSION } from './version.js';

defineElements([['eco-status-badge', EcoStatusBadge], ['eco-scorecard', EcoScorecard], ['eco-progress-chart', EcoProgressChart]], VERSION);

export { EcoStatusBadge, EcoScorecard, EcoProgressChart };

declare global {
  interface HTMLElementTagNameMap {
    'eco-status-badge': EcoStatusBadge;
    'eco-scorecard': EcoScorecard;
    'eco-progress-chart': EcoProgressChart;
  }
}
