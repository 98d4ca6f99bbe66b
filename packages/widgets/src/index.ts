/**
 * `@eco-reform/widgets`: Lit web components for ecological-civilization reform portals.
 * This entry exports the classes only and registers nothing; import
 * `@eco-reform/widgets/define.js` (or load the CDN bundle) to define the `eco-*` tags.
 *
 * @packageDocumentation
 */
export { EcoStatusBadge } from './components/status-badge/status-badge.component.js';
export { EcoScorecard } from './components/scorecard/scorecard.component.js';
export { scorecardLayout, type ScorecardView, type ScorecardRow } from './components/scorecard/scorecard.layout.js';
export type { DataError, DataErrorKind } from './internal/data-source.js';
export type { EcoDataErrorDetail } from './internal/data-controller.js';
export { defineElement, defineElements, type DefineOutcome, type VersionedElement } from './internal/define-element.js';
export { VERSION } from './version.js';
