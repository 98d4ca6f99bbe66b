import type { Assessment, LocalizedLabel, RuleFired } from '@eco-reform/core';

/**
 * What a step of the breakdown is: an area's points, the areas' subtotal, a rule that moves the
 * total (`deduction`, `bonus`, `adjustment` for a `minOf` replacement), a grade marker (`veto`:
 * the grade is forced; `cap`: the grade may be at most some band), or the published total.
 *
 * @category Layout
 * @example
 * const kind: BreakdownStepKind = 'veto'; // 一票否决
 */
export type BreakdownStepKind = 'area' | 'subtotal' | 'deduction' | 'bonus' | 'adjustment' | 'veto' | 'cap' | 'total';

/**
 * What a grade marker did to the grade: `forced` it (a veto), `capped` it (a cap below the grade
 * the total reaches), or `none` (a cap the grade already respects, or one a veto overrides).
 *
 * @category Layout
 * @example
 * const effect: BreakdownGradeEffect = 'forced'; // Meixi 2025, Nanshan: the red-line veto makes it Fail
 */
export type BreakdownGradeEffect = 'forced' | 'capped' | 'none';

/**
 * One step of how a unit's total is built, with the numbers the assessment recorded.
 *
 * @category Layout
 * @example
 * breakdownSteps(assessment, 'nanshan')!.steps[0]
 * //=> { kind: 'area', id: 'space', change: 29.700143…, from: 0, to: 29.700143…, score: 84.857…, rule: null, grade: null, effect: null, … }
 */
export interface BreakdownStep {
  kind: BreakdownStepKind;
  /** The area id, the rule id, `subtotal` or `total`. */
  id: string;
  /** The area's title or the rule's reason; `null` for the subtotal and the total. */
  label: LocalizedLabel | null;
  /** Points the step adds (negative: removes); `null` for markers, the subtotal, the total and areas whose points cannot be attributed. */
  change: number | null;
  /** The running total before the step (0 for the subtotal and the total bars); `null` when unknown. */
  from: number | null;
  /** The running total after the step; for the total, the published (rounded) total. */
  to: number | null;
  /** Areas: the 0–100 score. */
  score: number | null;
  /** Rules: what the assessment recorded. */
  rule: RuleFired | null;
  /** Markers: the grade forced or the cap. */
  grade: string | null;
  /** Markers: what the rule did to the grade. */
  effect: BreakdownGradeEffect | null;
}

/**
 * A unit's breakdown: its steps in order, and the numbers they end at.
 *
 * @category Layout
 * @example
 * const b: BreakdownSteps = breakdownSteps(assessment, 'gangkou')!;
 * b.total //=> 54.1 (Meixi 2025)
 */
export interface BreakdownSteps {
  unit: string;
  steps: BreakdownStep[];
  /** The areas' subtotal: the total before any rule, as the engine had it. */
  subtotal: number | null;
  /** The total before rounding, as recorded. */
  totalUnrounded: number | null;
  /** The published total (rounded as the scheme says). */
  total: number | null;
  /** The published grade. */
  grade: string | null;
  /** The grade the total alone reaches, before vetoes and caps. */
  gradeByTotal: string | null;
  /** Whether the top-level areas' points add up to the subtotal (additive aggregation). */
  additive: boolean;
}

const MOVES = new Set<RuleFired['kind']>(['deduction', 'bonus', 'minOf']);

function ruleKind(rule: RuleFired): BreakdownStepKind {
  switch (rule.kind) {
    case 'deduction':
      return 'deduction';
    case 'bonus':
      return 'bonus';
    case 'minOf':
      return 'adjustment';
    case 'veto':
      return 'veto';
    case 'gradeCap':
      return 'cap';
    case 'bindingUnmet':
      return rule.grade === undefined ? 'veto' : 'cap';
    case 'gradeQuota':
      return 'cap';
    // Skipped by breakdownSteps (they call for an action and move neither total nor grade).
    case 'rankBottom':
    case 'consecutiveGrade':
      return 'cap';
  }
}

/**
 * The steps from 0 to a unit's published total, read from the assessment's trace (nothing is
 * re-scored, no grade rule re-decided): each top-level area's points in framework order, the
 * subtotal (the unit's recorded `subtotalUnrounded`), every rule that fired in the order it was
 * applied (deductions, bonuses and `minOf` replacements move the running total from the recorded
 * `totalBefore` to `totalAfter`; vetoes and grade caps are markers that leave it where it is, with
 * the effect the assessment recorded), then the published total.
 * When the top-level aggregation is not additive (a geometric mean, say) the areas keep their
 * scores but carry no points, and only the subtotal is drawn.
 *
 * @category Layout
 * @param assessment - The result of `assess`.
 * @param unit - A unit id of the assessment.
 * @returns The steps, or `null` for a unit the assessment does not have.
 * @example
 * breakdownSteps(assessment, 'nanshan')!.steps.map((s) => s.kind)
 * //=> ['area', 'area', 'area', 'subtotal', 'veto', 'cap', 'total'] (Meixi 2025)
 */
export function breakdownSteps(assessment: Assessment, unit: string): BreakdownSteps | null {
  const result = assessment.results.find((r) => r.unit === unit);
  if (!result) return null;
  const roots = assessment.areas.flatMap((a, k) => (a.parent === null ? [{ area: a, r: result.areas[k] }] : []));
  const subtotal = result.subtotalUnrounded;
  const pointsSum = roots.reduce<number | null>(
    (sum, x) => (sum === null || x.r?.points == null ? null : sum + x.r.points),
    0,
  );
  const tolerance = 1e-9 * Math.max(1, assessment.scheme.totalPoints);
  const additive = pointsSum !== null && subtotal !== null && Math.abs(pointsSum - subtotal) <= tolerance;

  const steps: BreakdownStep[] = [];
  const blank = { rule: null, grade: null, effect: null, score: null } as const;
  let run: number | null = 0;
  for (const { area, r } of roots) {
    const points = additive ? r!.points! : null;
    steps.push({
      ...blank,
      kind: 'area',
      id: area.id,
      label: area.title,
      change: points,
      from: points === null ? null : run,
      to: points === null ? null : run! + points,
      score: r?.score ?? null,
    });
    if (points !== null) run = run! + points;
  }
  steps.push({
    ...blank,
    kind: 'subtotal',
    id: 'subtotal',
    label: null,
    change: null,
    from: subtotal === null ? null : 0,
    to: subtotal,
  });

  // Only to name the band an unmet binding indicator fails a unit to when a veto decided instead.
  const lowest = [...assessment.scheme.grades].sort((a, b) => a.min - b.min)[0]?.id ?? null;
  for (const rule of result.rules) {
    // A rule calling for an accountability action (约谈 for the last ranked) is no step of the total.
    if (rule.effect === 'action') continue;
    const kind = ruleKind(rule);
    if (MOVES.has(rule.kind)) {
      steps.push({
        ...blank,
        kind,
        id: rule.rule,
        label: rule.reason,
        change: rule.points,
        from: rule.totalBefore,
        to: rule.totalAfter,
        rule,
      });
      continue;
    }
    const grade = rule.grade ?? rule.gradeAfter ?? lowest;
    const effect: BreakdownGradeEffect = rule.effect === 'moved' ? 'none' : rule.effect;
    steps.push({
      ...blank,
      kind,
      id: rule.rule,
      label: rule.reason,
      change: null,
      from: rule.totalBefore,
      to: rule.totalAfter,
      rule,
      grade,
      effect,
    });
  }
  steps.push({
    ...blank,
    kind: 'total',
    id: 'total',
    label: null,
    change: null,
    from: result.total === null ? null : 0,
    to: result.total,
  });
  return {
    unit,
    steps,
    subtotal,
    totalUnrounded: result.totalUnrounded,
    total: result.total,
    grade: result.grade,
    gradeByTotal: result.gradeByPoints,
    additive,
  };
}
