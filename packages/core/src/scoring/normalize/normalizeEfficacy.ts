import { normalizeMinMax } from './normalizeMinMax.js';
import { EFFICACY_RANGE } from '../../model/efficacyRange.js';

/**
 * Options of {@link normalizeEfficacy}.
 *
 * @category Scoring
 * @example
 * normalizeEfficacy([10, 20, 30], { direction: -1 }) //=> [100, 80, 60]
 */
export interface NormalizeEfficacyOptions {
  /** *1* higher is better, *-1* lower is better. */
  direction: 1 | -1;
}

/**
 * The efficacy coefficient (功效系数法) of China's Green Development Index: a relative score on
 * 60–100, `60 + 40 × (x − min)/(max − min)` for higher-is-better indicators and
 * `60 + 40 × (max − x)/(max − min)` for lower-is-better ones, over the units present. All values
 * equal: every unit gets 100. Missing values stay missing (the GDI's floor of 60 for a missing
 * indicator is a missing-data policy, `{ policy: 'floor', value: 60 }`, not part of this formula).
 * Source: 《绿色发展指标体系》/《生态文明建设考核目标体系》 (国家发展改革委等, 2016), 绿色发展指数计算方法.
 *
 * @category Scoring
 * @param values - One value per unit; `null` for missing.
 * @param options - **direction**.
 * @returns Scores on 60–100 in the same positions.
 * @example
 * normalizeEfficacy([10, 20, 30], { direction: 1 }) //=> [60, 80, 100]
 * normalizeEfficacy([10, 20, 30], { direction: -1 }) //=> [100, 80, 60]
 */
export function normalizeEfficacy(
  values: ReadonlyArray<number | null>,
  { direction }: NormalizeEfficacyOptions,
): Array<number | null> {
  return normalizeMinMax(values, { direction, range: EFFICACY_RANGE });
}
