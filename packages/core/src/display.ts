/**
 * `@eco-reform/core/display`: the part of the core that reads and shows a precomputed assessment
 * (`parseAssessment`, `explain`, the status and method labels, periods, the progress arithmetic of a
 * chart) without the validation and scoring engine (`parseBundle`, `assess`, `assessBundle` and what
 * they reach). The widgets import values from here and reach the engine only through a dynamic
 * `import()`, so a page that shows a published assessment never fetches the engine. Each function is
 * the one `@eco-reform/core` exports: the same file, not a copy; the types are all of the package's.
 *
 * It is a separate entry, not just the functions picked from the main one, because a bundler that
 * splits code by file (esbuild) places every file the main barrel reaches into a chunk shared with
 * whatever else imports that barrel: the engine would follow the barrel into the elements' chunks.
 *
 * @packageDocumentation
 */
export type * from './index.js';
export { VERSION } from './version.js';
export { IndicatorProgressStatusSchema } from './vocabulary/indicatorProgressStatus.schema.js';
export { MeasureStatusSchema } from './vocabulary/measureStatus.schema.js';
export { statusLabels, isStatus } from './vocabulary/statusLabels.js';
export { methodLabels } from './vocabulary/methodLabels.js';
export { formatIssues } from './result/formatIssues.js';
export { makeIssue } from './result/makeIssue.js';
export { comparePeriods } from './observation/comparePeriods.js';
export { parsePeriod } from './observation/parsePeriod.js';
export { periodInterval } from './observation/periodInterval.js';
export { dayNumber } from './observation/dayNumber.js';
export { periodDays } from './observation/periodDays.js';
export { parseAssessment } from './scoring/assess/parseAssessment.js';
export { explain } from './scoring/assess/explain.js';
export { indicatorResults } from './scoring/assess/indicatorResults.js';
export { meetsTarget } from './scoring/assess/meetsTarget.js';
export { roundDecimal } from './scoring/assess/roundDecimal.js';
export { expectedAt } from './progress/expectedAt.js';
export { plannedPath, type PlannedPath } from './progress/plannedPath.js';
export { planFor } from './progress/planFor.js';
export { progressUnsd } from './progress/progressUnsd.js';
export { trendRun } from './progress/trendRun.js';
export { observedSeries } from './observation/observedSeries.js';
export { directionOf } from './model/directionOf.js';
export { statusSeverity } from './vocabulary/statusSeverity.js';
export { worstStatus } from './vocabulary/worstStatus.js';
export { cityHeadline } from './report/cityHeadline.js';
export { cellWording } from './report/cellWording.js';
export { noteText } from './report/noteText.js';
export { ledgerLabels } from './vocabulary/ledgerLabels.js';
export { ledgerStateAt } from './ledger/ledgerStateAt.js';
export { consequenceLabels } from './vocabulary/consequenceLabels.js';
export { consequenceSeverity } from './vocabulary/consequenceSeverity.js';
export { paceBandLabels } from './vocabulary/paceBandLabels.js';
export { paceBandOf } from './accountability/paceBandOf.js';
