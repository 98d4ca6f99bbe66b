/**
 * `@eco-reform/core`: an ecological-civilization reform framework (生态文明建设综合改革) as
 * pure typed functions: model, validation, scoring, progress and accountability.
 *
 * @packageDocumentation
 */
export { VERSION } from './version.js';
export type { Lang, LocalizedLabel } from './vocabulary/lang.js';
export {
  IndicatorProgressStatusSchema,
  type IndicatorProgressStatus,
} from './vocabulary/indicatorProgressStatus.schema.js';
export { MeasureStatusSchema, type MeasureStatus } from './vocabulary/measureStatus.schema.js';
export { statusLabels, isStatus, type Status } from './vocabulary/statusLabels.js';
export { NodeTimingSchema, type NodeTiming } from './vocabulary/nodeTiming.schema.js';
export { nodeTimingLabels } from './vocabulary/nodeTimingLabels.js';
export { PaceBandSchema, type PaceBand } from './vocabulary/paceBand.schema.js';
export { paceBandLabels } from './vocabulary/paceBandLabels.js';
export { TaskLevelSchema, type TaskLevel } from './vocabulary/taskLevel.schema.js';
export { taskLevelLabels } from './vocabulary/taskLevelLabels.js';
export { ConsequenceActionSchema, type ConsequenceAction } from './vocabulary/consequenceAction.schema.js';
export { consequenceLabels } from './vocabulary/consequenceLabels.js';
export { consequenceSeverity } from './vocabulary/consequenceSeverity.js';
export { methodLabels } from './vocabulary/methodLabels.js';
export { statusSeverity } from './vocabulary/statusSeverity.js';
export { worstStatus } from './vocabulary/worstStatus.js';
export { unitKindLabels } from './vocabulary/unitKindLabels.js';
export { ChiefAreaKindSchema, type ChiefAreaKind } from './vocabulary/chiefAreaKind.schema.js';
export { chiefAreaKindLabels } from './vocabulary/chiefAreaKindLabels.js';
export { escalationActionLabels } from './vocabulary/escalationActionLabels.js';
export { ledgerLabels } from './vocabulary/ledgerLabels.js';
export * from './result/index.js';
export * from './model/index.js';
export * from './observation/index.js';
export * from './text/index.js';
export * from './scoring/index.js';
export * from './progress/index.js';
export * from './accountability/index.js';
export * from './ledger/index.js';
export { formatAssessment, type AssessmentFormat, type FormatAssessmentOptions } from './report/formatAssessment.js';
export { formatAnnualReport, type FormatAnnualReportOptions } from './report/formatAnnualReport.js';
export { cityHeadline, type CityHeadline } from './report/cityHeadline.js';
export { cellWording, type CellWording, type WordedCell } from './report/cellWording.js';
export { noteText, type NoteText } from './report/noteText.js';
export { targetsNotAchieved } from './report/targetsNotAchieved.js';
export { formatLedger, type FormatLedgerOptions } from './report/formatLedger.js';
export { formatTenureView, type FormatTenureViewOptions } from './report/formatTenureView.js';
