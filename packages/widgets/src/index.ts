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
  scorecardLayout,
  type ScorecardView,
  type ScorecardRow,
  type ScorecardOptions,
  type ScorecardViewMode,
  type ScorecardSort,
  type TrendCell,
  type GoalSummary,
} from './components/scorecard/scorecard.layout.js';
export type { ScorecardData } from './shared/assessment-data.js';
export { EcoProgressChart } from './components/progress-chart/progress-chart.component.js';
export type { ProgressChartSelectDetail } from './components/progress-chart/progress-chart.component.js';
export {
  progressSeries,
  type ProgressSeries,
  type ProgressSeriesOptions,
  type ProgressSeriesResult,
  type ProgressPoint,
  type ProgressKnot,
  type ProgressTarget,
  type ProgressTrend,
  type ProgressProjection,
} from './components/progress-chart/progress-chart.layout.js';
export {
  progressChartLayout,
  progressXDomain,
  progressYDomain,
  type ProgressChartLayout,
  type ProgressChartLayoutOptions,
  type LayoutPoint,
} from './components/progress-chart/progress-chart.layout.js';
export { progressSummary } from './components/progress-chart/progress-chart.text.js';
export { EcoTaskBoard } from './components/task-board/task-board.component.js';
export {
  taskBoardLayout,
  type TaskBoardView,
  type TaskBoardCard,
  type TaskBoardGroup,
  type TaskBoardOption,
  type TaskBoardOptions,
  type TaskBoardGroupBy,
} from './components/task-board/task-board.layout.js';
export { taskBoardTable } from './components/task-board/task-board.table.js';
export type { TaskBoardSelectDetail } from './components/task-board/task-board.component.js';
export { downloadName, type TableTwin } from './shared/table-twin.js';
export { tableTwinCsv } from './shared/table-twin-csv.js';
export { readScopedHash, writeScopedHash } from './shared/permalink.js';
export { EcoRedline } from './components/redline/redline.component.js';
export {
  redlineLayout,
  type RedlineView,
  type RedlineGroup,
  type RedlineZoneView,
  type RedlineCheck,
  type RedlineState,
  type RedlineLayoutOptions,
} from './components/redline/redline.layout.js';
export { redlineTable } from './components/redline/redline.table.js';
export {
  redlineAreaChart,
  type RedlineAreaChart,
  type RedlineAreaChartOptions,
  type RedlineBar,
} from './components/redline/redline.layout.js';
export type { RedlineData } from './components/redline/redline.layout.js';
export type { RedlineSelectDetail } from './components/redline/redline.component.js';
export { EcoBreakdown } from './components/breakdown/breakdown.component.js';
export {
  breakdownLayout,
  type BreakdownView,
  type BreakdownRow,
  type BreakdownBar,
  type BreakdownChart,
  type BreakdownSign,
  type BreakdownLayoutOptions,
} from './components/breakdown/breakdown.layout.js';
export {
  breakdownSteps,
  type BreakdownSteps,
  type BreakdownStep,
  type BreakdownStepKind,
  type BreakdownGradeEffect,
} from './components/breakdown/breakdown.layout.js';
export { breakdownTable } from './components/breakdown/breakdown.table.js';
export { EcoWeights } from './components/weights/weights.component.js';
export {
  weightsLayout,
  type WeightsView,
  type WeightsLayoutInput,
  type WeightsLayoutOptions,
  type WeightSlider,
  type RankRow,
} from './components/weights/weights.layout.js';
export { weightsTable } from './components/weights/weights.table.js';
export { readWeightsHash, weightsHashKey, writeWeightsHash } from './components/weights/weights.layout.js';
export type { WeightArea } from './components/weights/weights.layout.js';
export type { WeightsChangeDetail } from './components/weights/weights.component.js';
export { EcoRanking } from './components/ranking/ranking.component.js';
export {
  rankingLayout,
  type RankingLayout,
  type RankingRow,
  type RankingBand,
  type RankingPage,
  type RankingLayoutOptions,
} from './components/ranking/ranking.layout.js';
export { rankingTable } from './components/ranking/ranking.table.js';
export { rankEntries, type RankEntry, type RankChange } from './components/ranking/ranking.layout.js';
export type { RankingData } from './components/ranking/ranking.layout.js';
export type { RankingSelectDetail } from './components/ranking/ranking.component.js';
export type { DataError, DataErrorKind } from './shared/data-source.js';
export type { EcoDataErrorDetail } from './shared/data-controller.js';
export { EcoElement } from './shared/eco-element.js';
export { EcoDataElement } from './shared/eco-data-element.js';
export { defineElement, defineElements, type DefineOutcome, type VersionedElement } from './shared/define-element.js';
export { EcoHeadline } from './components/headline/headline.component.js';
export {
  headlineLayout,
  type HeadlineView,
  type HeadlineLevel,
  type HeadlineDirection,
} from './components/headline/headline.layout.js';
export { EcoLedger } from './components/ledger/ledger.component.js';
export {
  ledgerLayout,
  type LedgerView,
  type LedgerRow,
  type LedgerHistoryItem,
  type LedgerOption,
  type LedgerLayoutOptions,
} from './components/ledger/ledger.layout.js';
export type { LedgerSelectDetail } from './components/ledger/ledger.component.js';
export { VERSION } from './version.js';
