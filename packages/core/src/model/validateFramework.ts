import type { Issue } from '../result/issue.js';
import { checkDuplicateIds } from './rules/checkDuplicateIds.js';
import { checkReferences } from './rules/checkReferences.js';
import { checkCycles } from './rules/checkCycles.js';
import { checkResponsibilities } from './rules/checkResponsibilities.js';
import { checkDates } from './rules/checkDates.js';
import { checkWeights } from './rules/checkWeights.js';
import { checkPoints } from './rules/checkPoints.js';
import { checkAreaWeights } from './rules/checkAreaWeights.js';
import { checkMissingFloors } from './rules/checkMissingFloors.js';
import { checkGrades } from './rules/checkGrades.js';
import { checkBands } from './rules/checkBands.js';
import { checkMinIndicators } from './rules/checkMinIndicators.js';
import { checkAppliesTo } from './rules/checkAppliesTo.js';
import { checkRuleGroups } from './rules/checkRuleGroups.js';
import { checkUnitTargets } from './rules/checkUnitTargets.js';
import { checkUnitGroups } from './rules/checkUnitGroups.js';
import { checkTenures } from './rules/checkTenures.js';
import { checkTargetRules } from './rules/checkTargetRules.js';

/**
 * Checks what types cannot: duplicate ids; references to unknown areas, goals, indicators, units
 * and grades; cycles in the area and unit trees; baselines after targets; time nodes outside the
 * plan period; weights declared for a whole sibling group or none, and adding up where the scheme
 * says so (`scheme.weightsSumTo`); points (分值) adding up to their parent's points, or to the
 * scheme's total points at the top, within `scheme.pointsTolerance`; areas that could never be scored (no children, all weights 0, more `minIndicators` than
 * indicators);
 * missing-value floors outside their method's scale or above its lowest score; unreachable or
 * duplicate grade edges; gaps and overlaps in threshold bands; rule groups declared once, known
 * to every rule that names one and holding one kind of rule; targets assigned to declared units,
 * one per unit and period, of the indicator's kind; every measure's owner, doer and
 * checker (有人管、有人干、有人问); every indicator's responsible unit; `appliesTo` tags no unit carries; rules that test an indicator without a target against it. It reads the document
 * defensively, so it also runs on input that failed its type checks and never throws.
 *
 * @category Model
 * @param framework - A framework, or any JSON value that should be one.
 * @returns Every problem found, each with its path and a message in both languages.
 * @example
 * validateFramework(framework).map((i) => i.at) //=> ['measures[2].checker', 'measures[5].lead']
 */
export function validateFramework(framework: unknown): Issue[] {
  return [
    ...checkDuplicateIds(framework),
    ...checkReferences(framework),
    ...checkCycles(framework),
    ...checkResponsibilities(framework),
    ...checkDates(framework),
    ...checkWeights(framework),
    ...checkPoints(framework),
    ...checkAreaWeights(framework),
    ...checkMissingFloors(framework),
    ...checkGrades(framework),
    ...checkBands(framework),
    ...checkMinIndicators(framework),
    ...checkAppliesTo(framework),
    ...checkRuleGroups(framework),
    ...checkUnitTargets(framework),
    ...checkUnitGroups(framework),
    ...checkTenures(framework),
    ...checkTargetRules(framework),
  ];
}
