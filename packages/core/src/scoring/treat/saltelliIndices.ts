import { compensatedSum } from '../../_lib/compensatedSum.js';

/**
 * First-order and total sensitivity indices of one input.
 *
 * @category Scoring
 * @example
 * saltelliIndices([1, 2, 3, 4], [2, 2, 4, 4], [2, 2, 4, 4]) //=> { variance: 1.357…, first: 1.105…, total: 0.184… }
 */
export interface SensitivityIndices {
  /** Variance of the output over both sample matrices. */
  variance: number;
  /** First-order index Sᵢ (Saltelli 2010 estimator). */
  first: number | null;
  /** Total-effect index STᵢ (Jansen estimator). */
  total: number | null;
}

/**
 * Variance-based sensitivity indices from the outputs of a Saltelli design, as COINr's
 * `get_sensitivity` estimates them: with outputs yA, yB on two sample matrices and yABᵢ on A with
 * column i from B, `V = var(yA ∪ yB)` (sample variance), `Sᵢ = mean(yB·(yABᵢ − yA))/V` and
 * `STᵢ = mean((yA − yABᵢ)²)/(2V)`. Zero variance gives `null` indices.
 *
 * @category Scoring
 * @param yA - Outputs on matrix A.
 * @param yB - Outputs on matrix B.
 * @param yAB - Outputs on A with input i taken from B.
 * @returns The variance and the two indices.
 * @example
 * saltelliIndices([1, 2, 3, 4], [2, 2, 4, 4], [2, 2, 4, 4]) //=> { variance: 1.357…, first: 1.105…, total: 0.184… }
 */
export function saltelliIndices(
  yA: ReadonlyArray<number>,
  yB: ReadonlyArray<number>,
  yAB: ReadonlyArray<number>,
): SensitivityIndices {
  const all = [...yA, ...yB];
  const n = yA.length;
  const mean = compensatedSum(all) / all.length;
  const variance = all.length > 1 ? compensatedSum(all.map((y) => (y - mean) ** 2)) / (all.length - 1) : 0;
  if (!(variance > 0) || n === 0) return { variance, first: null, total: null };
  const first = compensatedSum(yB.map((b, k) => b * (yAB[k]! - yA[k]!))) / n / variance;
  const total = compensatedSum(yA.map((a, k) => (a - yAB[k]!) ** 2)) / n / (2 * variance);
  return { variance, first, total };
}
