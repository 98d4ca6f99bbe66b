import type { Framework } from '../model/framework.schema.js';
import type { Assessment } from '../scoring/assess/assessment.js';
import { gradeOf } from '../scoring/assess/gradeOf.js';
import { rankCompetition } from '../scoring/assess/rankCompetition.js';
import { roundDecimal } from '../scoring/assess/roundDecimal.js';
import { scoreTasks, type TaskFacts, type TaskScore } from './scoreTasks.js';

/**
 * One unit's published result in its group (分类考核): the indicator part (its indicator total
 * scaled to the group's points), the task part, the total, the grade and the rank in the group.
 *
 * @category Accountability
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025 }).units.find((u) => u.unit === 'nanshan')
 * //=> { unit: 'nanshan', group: 'districts', total: 95.3, gradeByPoints: 'excellent', grade: 'fail', vetoed: true, rank: 6, gradeRules: ['redline-veto'], … } (Meixi)
 */
export interface GroupUnitResult {
  unit: string;
  group: string;
  /** `null` when the group is not scored on indicators; `points` `null` when the unit has no indicator total. */
  indicators: { total: number | null; available: number; points: number | null } | null;
  /** `null` when the group does not score tasks. */
  tasks: TaskScore | null;
  totalUnrounded: number | null;
  /** Rounded as the scheme says; `null` without an indicator total, or with no part to score. */
  total: number | null;
  /** The grade the total reaches by the band edges alone. */
  gradeByPoints: string | null;
  /** After the indicator assessment's grade rules (a veto forces, a cap caps). */
  grade: string | null;
  /** The indicator assessment's grade rules that bound the grade (forced or capped). */
  gradeRules: string[];
  /** A rule forced the grade (一票否决, or an unmet binding indicator that fails the unit). */
  vetoed: boolean;
  /** Competition rank in the group; vetoed units placed as the group says. */
  rank: number | null;
}

/**
 * The annual result of every unit of every group of the scheme (分类考核): each group's units (by
 * kind) get the indicator part — the unit's indicator total after rules, scaled from the
 * scheme's total points to the group's `indicators` points — plus the task part from
 * {@link scoreTasks}; a unit without tasks under `noTasks: 'excluded'` has its other part scaled
 * up to the total points. The total is rounded once as the scheme says and graded by its bands;
 * a grade rule that fired in the indicator assessment still binds (a veto forces its grade, a cap
 * caps); units are ranked within their group, a vetoed unit after the others (`last`) or not at
 * all (`unranked`).
 *
 * @category Accountability
 * @param framework - A valid framework with `scheme.groups`.
 * @param assessment - The year's indicator assessment (from `assessBundle`).
 * @param facts - Every measure's {@link TaskFacts} in the year.
 * @param year - The assessed year.
 * @returns One result per unit of a group, groups in scheme order, units in framework order.
 * @example
 * assessGroups(framework, assessment, facts, 2025).filter((u) => u.group === 'departments').map((u) => u.rank) //=> [6, 3, 4, 4, 7, 8, 2, 1] (Meixi)
 */
export function assessGroups(
  framework: Framework,
  assessment: Assessment,
  facts: ReadonlyMap<string, TaskFacts>,
  year: number,
): GroupUnitResult[] {
  const { totalPoints, rounding, grades } = framework.scheme;
  const minOf = (id: string): number => grades.find((g) => g.id === id)?.min ?? Number.NEGATIVE_INFINITY;
  const out: GroupUnitResult[] = [];
  for (const group of framework.scheme.groups ?? []) {
    const members = framework.units.filter((u) => group.kinds.includes(u.kind));
    const results = members.map((u): GroupUnitResult => {
      const r = assessment.results.find((x) => x.unit === u.id);
      const indicators =
        group.indicators > 0
          ? {
              total: r?.total ?? null,
              available: group.indicators,
              points: r?.totalUnrounded == null ? null : (r.totalUnrounded * group.indicators) / totalPoints,
            }
          : null;
      const tasks = group.tasks ? scoreTasks(framework, u.id, group.tasks, facts, year) : null;
      let totalUnrounded: number | null = null;
      if (indicators?.points !== null) {
        const scored = (indicators?.points ?? 0) + (tasks?.points ?? 0);
        const scoredOf = (indicators?.available ?? 0) + (tasks && tasks.points !== null ? tasks.available : 0);
        // Only `noTasks: 'excluded'` leaves a part out: the parts scored are scaled up to the total.
        if (scoredOf > 0) totalUnrounded = scoredOf === totalPoints ? scored : (scored * totalPoints) / scoredOf;
      }
      const total = totalUnrounded === null ? null : roundDecimal(totalUnrounded, rounding.digits, rounding.mode);
      const gradeByPoints = gradeOf(total, grades);
      const binding = (r?.rules ?? []).filter((f) => f.effect === 'forced' || f.effect === 'capped');
      const vetoed = binding.some((f) => f.effect === 'forced');
      let grade = gradeByPoints;
      if (grade !== null && r?.grade != null && binding.length > 0) {
        grade = vetoed || minOf(r.grade) < minOf(grade) ? r.grade : grade;
      }
      const gradeRules = binding.map((f) => f.rule);
      return {
        unit: u.id,
        group: group.id,
        indicators,
        tasks,
        totalUnrounded,
        total,
        gradeByPoints,
        grade,
        gradeRules,
        vetoed,
        rank: null,
      };
    });
    const open = rankCompetition(results.map((x) => (x.vetoed ? null : x.total)));
    const ranked = open.filter((x) => x !== null).length;
    const vetoedRanks = rankCompetition(results.map((x) => (x.vetoed ? x.total : null)));
    results.forEach((x, k) => {
      x.rank = x.vetoed
        ? group.vetoed === 'last' && vetoedRanks[k] !== null
          ? ranked + vetoedRanks[k]!
          : null
        : open[k]!;
    });
    out.push(...results);
  }
  return out;
}
