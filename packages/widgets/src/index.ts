/**
 * `@eco-reform/widgets`: Lit web components for ecological-civilization reform portals.
 * This entry exports the classes only and registers nothing; import
 * `@eco-reform/widgets/define.js` (or load the CDN bundle) to define the `eco-*` tags.
 *
 * @packageDocumentation
 */
export { EcoStatusBadge } from './components/status-badge/status-badge.component.js';
export { EcoScorecard } from './components/scorecard/scorecard.component.js';
export {
  scorecardLayout, type ScorecardView, type ScorecardRow, type ScorecardOptions, type ScorecardViewMode, type ScorecardSort, type TrendCell, type GoalSummary,
} from './components/scorecard/scorecard.layout.js';
export type { ScorecardData } from './components/scorecard/scorecard.data.js';
export { EcoProgressChart } from './components/progress-chart/progress-chart.component.js';
export type { ProgressChartSelectDetail } from './components/progress-chart/progress-chart.events.js';
export {
  progressSeries, type ProgressSeries, type ProgressSeriesOptions, type ProgressSeriesResult, type ProgressPoint,
  type ProgressKnot, type ProgressTarget, type ProgressTrend, type ProgressProjection,
} from './components/progress-chart/progress-chart.series.js';
export {
  progressChartLayout, progressXDomain, progressYDomain, type ProgressChartLayout, type ProgressChartLayoutOptions, type LayoutPoint,
} from './components/progress-chart/progress-chart.layout.js';
export { progressSummary } from './components/progress-chart/progress-chart.summary.js';
export type { DataError, DataErrorKind } from './internal/data-source.js';
export type { EcoDataErrorDetail } from './internal/data-controller.js';
export { defineElement, defineElements, type DefineOutcome, type VersionedElement } from './internal/define-element.js';
export { VERSION } from './version.js';
