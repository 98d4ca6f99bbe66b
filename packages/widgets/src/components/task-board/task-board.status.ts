import type { Bundle, EscalationResult, MeasureStatusResult } from '@eco-reform/core';
import { engine } from '../../internal/load-engine.js';

/**
 * Every measure's status on `asOf` and the escalation the scheme's ladder calls for, both from
 * the core: `measureStatus` with the scheme's `measureThresholds`, and `escalate` over the
 * supervision checks at the quarter ends of `asOf`'s year up to `asOf` — the same checks
 * `annualAssessment` records, so the board and the annual report name the same actions.
 *
 * @category Layout
 * @param bundle - A valid bundle.
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns Status and escalation (or `null`) by measure id.
 * @example
 * measureStates(meixi, '2025-12-31').get('polluters')?.escalation?.action //=> 'warning'
 */
export function measureStates(
  bundle: Bundle,
  asOf: string,
): Map<string, { status: MeasureStatusResult; escalation: EscalationResult | null }> {
  const { framework, reports } = bundle;
  const { escalate, measureHistory, measureStatus } = engine();
  const escalations = new Map(
    escalate(measureHistory(framework, reports, asOf), framework.scheme.escalation ?? [], asOf).map((e) => [
      e.measure,
      e,
    ]),
  );
  return new Map(
    framework.measures.map((m) => [
      m.id,
      {
        status: measureStatus(m, reports, asOf, framework.scheme.measureThresholds),
        escalation: escalations.get(m.id) ?? null,
      },
    ]),
  );
}
