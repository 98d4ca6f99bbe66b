import {
  escalate,
  measureHistory,
  measureStatus,
  nodeTimeliness,
  paceBandOf,
  type NodeTimelinessResult,
  type PaceBand,
  type Bundle,
  type EscalationResult,
  type MeasureStatusResult,
} from '@eco-reform/core';

/**
 * Every measure's status on `asOf`, its 序时进度 band, its nodes' timeliness and the escalation
 * the scheme's ladder calls for, all from the core: `measureStatus` with the scheme's
 * `measureThresholds`, `paceBandOf` with its `paceBands` (`null` without them), `nodeTimeliness`,
 * and `escalate` over the supervision checks at every quarter end since the programme began up to
 * `asOf` — the same facts `annualAssessment` records, so the board and the report agree.
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
): Map<
  string,
  {
    status: MeasureStatusResult;
    band: PaceBand | null;
    nodes: NodeTimelinessResult[];
    escalation: EscalationResult | null;
  }
> {
  const { framework, reports } = bundle;
  const escalations = new Map(
    escalate(measureHistory(framework, reports, asOf), framework.scheme.escalation ?? [], asOf).map((e) => [
      e.measure,
      e,
    ]),
  );
  return new Map(
    framework.measures.map((m) => [
      m.id,
      (() => {
        const status = measureStatus(m, reports, asOf, framework.scheme.measureThresholds);
        const bands = framework.scheme.paceBands;
        return {
          status,
          band: bands ? paceBandOf(status.pace, bands) : null,
          nodes: nodeTimeliness(m, reports, asOf),
          escalation: escalations.get(m.id) ?? null,
        };
      })(),
    ]),
  );
}
