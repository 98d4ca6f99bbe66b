/**
 * Registers every eco-reform element under its `eco-*` tag, skipping tags the page already
 * has. This is the module the CDN bundle is built from.
 *
 * @packageDocumentation
 */
import { EcoStatusBadge } from './components/status-badge/status-badge.component.js';
import { EcoScorecard } from './components/scorecard/scorecard.component.js';
import { defineElements } from './internal/define-element.js';
import { VERSION } from './version.js';

defineElements([['eco-status-badge', EcoStatusBadge], ['eco-scorecard', EcoScorecard]], VERSION);

export { EcoStatusBadge, EcoScorecard };

declare global {
  interface HTMLElementTagNameMap {
    'eco-status-badge': EcoStatusBadge;
    'eco-scorecard': EcoScorecard;
  }
}
