import type { RulesOutcome } from './applyRules.js';
import type { RuleEffect, RuleFired } from '../assess/assessment.js';
import type { GradeEdge } from '../assess/gradeOf.js';

/** A unit's grade after its rules, and each fired rule with its effect. */
export interface ConstrainedGrade {
  grade: string | null;
  fired: RuleFired[];
}

/**
 * Decides a unit's grade from the grade its total reaches by points and the rules that fired, and
 * records what each rule did. A veto decides the grade alone: the last veto forces its grade and
 * every other grade rule has no effect. Without a veto, grade rules act in the order they fired,
 * from the grade by points: an unmet binding indicator that fails the unit forces the lowest band;
 * a cap lowers the grade to it when the grade is better. A unit without a grade (no total) keeps
 * none, and its grade rules have no effect. Point rules `moved` the total, unless they moved it by 0.
 */
export function constrainGrade(
  gradeByPoints: string | null,
  outcome: RulesOutcome | null,
  grades: ReadonlyArray<GradeEdge>,
): ConstrainedGrade {
  if (outcome === null || outcome.fired.length === 0) return { grade: gradeByPoints, fired: [] };
  const actions = outcome.gradeActions;
  let lastVeto = -1;
  for (let k = 0; k < actions.length; k++) if (actions[k]!.act === 'force') lastVeto = k;
  const rank = (id: string): number => grades.find((g) => g.id === id)?.min ?? Number.NEGATIVE_INFINITY;
  const lowest = (): string => [...grades].sort((a, b) => a.min - b.min)[0]?.id ?? gradeByPoints!;
  let grade = gradeByPoints;
  const fired: RuleFired[] = new Array<RuleFired>(outcome.fired.length);
  for (let k = 0; k < outcome.fired.length; k++) {
    const action = actions[k]!;
    const before = grade;
    let effect: RuleEffect = 'none';
    let gradeBefore: string | null = null;
    let gradeAfter: string | null = null;
    if (action.act === 'none') {
      if (outcome.fired[k]!.points !== 0) effect = 'moved';
    } else if (before !== null && (lastVeto < 0 || k === lastVeto)) {
      if (action.act === 'force') grade = action.grade;
      else if (action.act === 'lowest') grade = lowest();
      else if (rank(before) > rank(action.grade)) grade = action.grade;
      effect = action.act === 'cap' ? (grade === before ? 'none' : 'capped') : 'forced';
      gradeBefore = before;
      gradeAfter = grade;
    }
    fired[k] = {
      ...outcome.fired[k]!,
      effect,
      totalBefore: outcome.totalBefore[k]!,
      totalAfter: outcome.totalAfter[k]!,
      gradeBefore,
      gradeAfter,
    };
  }
  return { grade, fired };
}
