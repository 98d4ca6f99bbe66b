import type { AssessmentResults } from '@eco-reform/core';

/**
 * Detail of the `eco-weights-change` event of `<eco-weights>`, fired after each re-scoring the
 * user caused (a slider, the reset button, or an edited address when `hash` is set).
 *
 * @category Widgets
 * @example
 * el.addEventListener('eco-weights-change', (e) => {
 *   const { weights, official, assessment } = e.detail;
 *   console.log(official ? 'official' : weights, assessment.results[0]?.unit);
 * });
 */
export interface WeightsChangeDetail {
  /** Area id → weight used: the 0–5 slider values, or the framework's own weights when `official`. */
  weights: Record<string, number>;
  /** Whether these are the official weights (after "Reset to official weights"). */
  official: boolean;
  /**
   * The assessment under these weights: totals, grades, ranks and area results (re-scored with
   * `detail: 'results'`, so without the per-cell trace and the fingerprint; the official one is whole).
   */
  assessment: AssessmentResults;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-weights-change': CustomEvent<WeightsChangeDetail>;
  }
}
