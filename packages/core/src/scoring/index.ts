// Scoring: normalisers, scorers, aggregators, assess() and what explains it. One export per file.
export { normalizeGoalposts, type NormalizeGoalpostsOptions } from './normalize/normalizeGoalposts.js';
export { normalizeMinMax, type NormalizeMinMaxOptions } from './normalize/normalizeMinMax.js';
export {
  normalizeDistanceToTarget,
  type NormalizeDistanceToTargetOptions,
} from './normalize/normalizeDistanceToTarget.js';
export { normalizeEfficacy, type NormalizeEfficacyOptions } from './normalize/normalizeEfficacy.js';
export { normalizeZScore, type NormalizeZScoreOptions } from './normalize/normalizeZScore.js';
export { normalizeRank } from './normalize/normalizeRank.js';
export { normalizePercentRank } from './normalize/normalizePercentRank.js';
export { normalizeBorda } from './normalize/normalizeBorda.js';
export { scoreBands } from './score/scoreBands.js';
export { scoreBoolean, type ScoreBooleanOptions } from './score/scoreBoolean.js';
export { scoreDeduction, type ScoreDeductionOptions } from './score/scoreDeduction.js';
export { aggregateWeightedSum } from './aggregate/aggregateWeightedSum.js';
export { aggregateWeightedMean } from './aggregate/aggregateWeightedMean.js';
export { aggregateGeometricMean } from './aggregate/aggregateGeometricMean.js';
export { aggregateHarmonicMean } from './aggregate/aggregateHarmonicMean.js';
export { aggregateGeneralizedMean } from './aggregate/aggregateGeneralizedMean.js';
export { aggregateCopeland, type CopelandResult } from './aggregate/aggregateCopeland.js';
export { assess, type AssessOptions, type AssessDetail, type ObservationInput } from './assess/assess.js';
export {
  ASSESSMENT_FORMAT,
  AssessmentSchema,
  AssessmentResultsSchema,
  AssessmentTotalsSchema,
  UnitTotalSchema,
  AssessedAreaSchema,
  AssessedIndicatorSchema,
  AreaResultSchema,
  AssessmentCellsSchema,
  CellFlagSchema,
  DiagnosticSchema,
  RuleEffectSchema,
  RuleFiredSchema,
  RuleTallySchema,
  UnitResultSchema,
  type Assessment,
  type AssessmentResults,
  type AssessmentTotals,
  type UnitTotal,
  type AssessedArea,
  type AssessedIndicator,
  type AreaResult,
  type AssessmentCells,
  type CellFlag,
  type Diagnostic,
  type RuleEffect,
  type RuleFired,
  type RuleTally,
  type UnitResult,
} from './assess/assessment.js';
export { DiagnosticCodeSchema, type DiagnosticCode } from './assess/diagnosticCode.schema.js';
export { parseAssessment } from './assess/parseAssessment.js';
export { indicatorResults, type IndicatorResult } from './assess/indicatorResults.js';
export { explain, type ExplainOptions, type Explanation } from './assess/explain.js';
export { periodGrades, type PeriodGrades } from './assess/periodGrades.js';
export { reweight } from './assess/reweight.js';
export { sensitivity, type SensitivityOptions, type RankInterval } from './assess/sensitivity.js';
export { roundDecimal, type RoundingMode } from './assess/roundDecimal.js';
export { gradeOf, type GradeEdge } from './assess/gradeOf.js';
export { rankCompetition } from './assess/rankCompetition.js';
export { meetsTarget, type Comparator } from './assess/meetsTarget.js';
export { skewKurtosis, type SkewKurtosis } from './treat/skewKurtosis.js';
export { treatWinsorise, type TreatWinsoriseOptions, type WinsoriseResult } from './treat/treatWinsorise.js';
export { treatLogCT } from './treat/treatLogCT.js';
export { saltelliIndices, type SensitivityIndices } from './treat/saltelliIndices.js';
