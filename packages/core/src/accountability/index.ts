// Accountability: red lines (and, later, measure status and escalation).
export {
  checkRedLines,
  type RedLineFinding,
  type RedLineBreachKind,
  type RedLineObservation,
  type RedLineState,
  type CheckRedLinesOptions,
} from './checkRedLines.js';
export { breachesByUnit } from './breachesByUnit.js';
export { flagsByUnit } from './flagsByUnit.js';
export { assessBundle, type AssessableBundle, type AssessBundleOptions } from './assessBundle.js';
export { measureStatus, type MeasureStatusOptions, type MeasureStatusResult } from './measureStatus.js';
export { measureHistory } from './measureHistory.js';
export { nodeTimeliness, type NodeTimelinessResult } from './nodeTimeliness.js';
export { onTimeRate, type OnTimeRate } from './onTimeRate.js';
export { paceBandOf } from './paceBandOf.js';
export { scoreTasks, type TaskFacts, type TaskItem, type TaskScore } from './scoreTasks.js';
export { assessGroups, type GroupUnitResult } from './assessGroups.js';
export { holderOf } from './holderOf.js';
export { answerableFor, type Answerable } from './answerableFor.js';
export { tenureView, type TenureView, type TenureViewOptions } from './tenureView.js';
export { indicatorChanges, type IndicatorChange } from './indicatorChanges.js';
export {
  proposeConsequences,
  type Proposal,
  type ConsequenceFindings,
  type EscalatedItem,
} from './proposeConsequences.js';
export {
  escalate,
  type EscalationStep,
  type EscalationAction,
  type StatusRecord,
  type EscalationResult,
} from './escalate.js';
export { checkResponsibility } from './checkResponsibility.js';
export {
  annualAssessment,
  type AnnualAssessment,
  type AnnualAssessmentOptions,
} from './annualAssessment.js';
