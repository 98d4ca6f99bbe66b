import type { RulesOutcome } from './applyRules.js';
import type { GradeEdge } from './gradeOf.js';

/**
 * Applies the grade constraints rules produced: a veto forces its grade; "fail" forces the
 * lowest band; caps lower the grade to the cap when the grade is better than it.
 */
export function constrainGrade(grade: string | null, outcome: RulesOutcome, grades: ReadonlyArray<GradeEdge>): string | null {
  if (grade === null) return null;
  if (outcome.forcedGrade === null && !outcome.forceLowest && outcome.gradeCaps.length === 0) return grade;
  const rank = (id: string): number => grades.find((g) => g.id === id)?.min ?? Number.NEGATIVE_INFINITY;
  const lowest = [...grades].sort((a, b) => a.min - b.min)[0]?.id ?? grade;
  if (outcome.forcedGrade !== null) return outcome.forcedGrade;
  let result = outcome.forceLowest ? lowest : grade;
  for (const cap of outcome.gradeCaps) if (rank(result) > rank(cap)) result = cap;
  return result;
}
