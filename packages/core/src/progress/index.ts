// Progress of indicators: published progress methods.
export type { YearValue } from './yearValue.js';
export { progressOpenSdg, type ProgressOpenSdgOptions, type OpenSdgProgress } from './progressOpenSdg.js';
export { progressUnsd, type ProgressUnsdOptions, type UnsdProgress } from './progressUnsd.js';
export { dashboardSdsn, dashboardSdsnIndicator, type DashboardColour } from './dashboardSdsn.js';
export { ThresholdRuleSchema, type ThresholdRule } from './thresholdRule.schema.js';
export {
  progressThresholdRules,
  type ProgressThresholdRulesOptions,
  type ThresholdRulesResult,
} from './progressThresholdRules.js';
export { trendRun, type TrendRunOptions, type TrendRunResult } from './trendRun.js';
export { expectedAt } from './expectedAt.js';
export { plannedPath, type PlannedPath } from './plannedPath.js';
export { planFor } from './planFor.js';
export { targetFor } from './targetFor.js';
export { gapToTrajectory } from './gapToTrajectory.js';
