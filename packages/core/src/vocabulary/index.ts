/**
 * `@eco-reform/core/vocabulary`: the statuses and their labels in both languages, with no
 * validation library behind them: what a page that only shows statuses (a status badge) needs.
 * Everything here is also exported from `@eco-reform/core`.
 *
 * @packageDocumentation
 */
export { statusLabels, isStatus, type Status } from './statusLabels.js';
export { methodLabels } from './methodLabels.js';
export { statusSeverity } from './statusSeverity.js';
export { worstStatus } from './worstStatus.js';
export { unitKindLabels } from './unitKindLabels.js';
export type { ChiefAreaKind } from './chiefAreaKind.schema.js';
export { chiefAreaKindLabels } from './chiefAreaKindLabels.js';
export { escalationActionLabels } from './escalationActionLabels.js';
export { ledgerLabels } from './ledgerLabels.js';
export type { Lang, LocalizedLabel } from './lang.js';
export type { IndicatorProgressStatus } from './indicatorProgressStatus.schema.js';
export type { MeasureStatus } from './measureStatus.schema.js';
export type { NodeTiming } from './nodeTiming.schema.js';
export { nodeTimingLabels } from './nodeTimingLabels.js';
export type { PaceBand } from './paceBand.schema.js';
export { paceBandLabels } from './paceBandLabels.js';
export type { TaskLevel } from './taskLevel.schema.js';
export { taskLevelLabels } from './taskLevelLabels.js';
export type { ConsequenceAction } from './consequenceAction.schema.js';
export { consequenceLabels } from './consequenceLabels.js';
export { consequenceSeverity } from './consequenceSeverity.js';
