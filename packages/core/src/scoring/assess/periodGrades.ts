import type { AssessmentTotals } from './assessment.js';

/**
 * The grades of one earlier period, as `assess` reads them for rules across periods
 * (`consecutiveGrade`, `options.history`): period → unit id → grade (`null` for a unit without one).
 *
 * @category Scoring
 * @example
 * const y2024: PeriodGrades = { period: '2024', grades: { gangkou: 'fail', xihu: 'excellent' } };
 */
export interface PeriodGrades {
  period: string;
  grades: Readonly<Record<string, string | null>>;
}

/**
 * An assessment's published grades, as the `history` of a later period's assessment: every unit
 * it lists with the grade it gave (after every rule). Pure: pass the earlier assessments explicitly
 * (e.g. read from the published JSON), never a store the engine remembers.
 *
 * @category Scoring
 * @param assessment - An assessment of any detail (`full`, `results` or `totals`).
 * @returns Its period and grades.
 * @example
 * const history = [periodGrades(assess(framework, observations, { period: '2024' }))];
 * assess(framework, observations, { period: '2025', history }).results[5]?.rules.at(-1)?.action //=> 'interview' (two years 不合格)
 */
export function periodGrades(assessment: Pick<AssessmentTotals, 'period' | 'results'>): PeriodGrades {
  const grades: Record<string, string | null> = Object.create(null);
  for (const r of assessment.results) grades[r.unit] = r.grade;
  return { period: assessment.period, grades };
}
