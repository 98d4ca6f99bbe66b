import type { Framework } from '../model/framework.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import { localized } from '../scoring/_engine/localized.js';
import { measureStatus } from './measureStatus.js';
import type { StatusRecord } from './escalate.js';

/** The quarter ends on which measures are checked, `MM-DD`. */
const CHECKS = ['03-31', '06-30', '09-30', '12-31'] as const;

/**
 * What {@link escalate} reads: every measure's status at each quarter-end check (31 March,
 * 30 June, 30 September, 31 December) from the first quarter of the programme's first year
 * (`framework.period.start`) up to and including `asOf`, judged with the scheme's
 * `measureThresholds`. The history runs across years, so a task lagging at 2025 Q3, Q4 and
 * 2026 Q1 has three consecutive lagging checks: supervision does not restart on 1 January.
 * One record per measure and date, measures in framework order, dates ascending.
 *
 * @category Accountability
 * @param framework - A valid framework (its measures, scheme thresholds).
 * @param reports - Progress reports.
 * @param asOf - The date, `YYYY-MM-DD`: checks after it are not taken.
 * @returns The status records, with the lead unit, the owner's position (有人管, in Chinese) and post.
 * @example
 * escalate(measureHistory(framework, reports, '2025-12-31'), framework.scheme.escalation ?? [], '2025-12-31')
 * //=> [{ measure: 'polluters', action: 'warning', … }, { measure: 'backward-capacity', action: 'accountability', … }]
 */
export function measureHistory(
  framework: Framework,
  reports: ReadonlyArray<ProgressReport>,
  asOf: string,
): StatusRecord[] {
  // Every period form (2024, 2024-Q3, 2024-07, 2024-07-15) starts with its four-digit year.
  const first = Number(framework.period.start.slice(0, 4));
  const last = Number(asOf.slice(0, 4));
  const dates: string[] = [];
  for (let year = first; year <= last; year++) {
    for (const d of CHECKS) if (`${year}-${d}` <= asOf) dates.push(`${year}-${d}`);
  }
  return framework.measures.flatMap((m) =>
    dates.map((date) => {
      const s = measureStatus(m, reports, date, framework.scheme.measureThresholds);
      return {
        measure: m.id,
        date,
        status: s.status,
        overdueDays: s.overdueDays,
        unit: m.lead,
        ...(m.owner ? { leader: localized(m.owner.position).zh } : {}),
        ...(m.owner?.post ? { post: m.owner.post } : {}),
      };
    }),
  );
}
