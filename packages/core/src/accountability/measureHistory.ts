import type { Framework } from '../model/framework.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import { localized } from '../scoring/_engine/localized.js';
import { measureStatus } from './measureStatus.js';
import type { StatusRecord } from './escalate.js';

/** The quarter ends on which measures are checked, `MM-DD`. */
const CHECKS = ['03-31', '06-30', '09-30', '12-31'] as const;

/**
 * What {@link escalate} reads: every measure's status at each quarter-end check (31 March,
 * 30 June, 30 September, 31 December) of `asOf`'s year, up to and including `asOf`, judged with
 * the scheme's `measureThresholds`. One record per measure and date, measures in framework order.
 *
 * @category Accountability
 * @param framework - A valid framework (its measures, scheme thresholds).
 * @param reports - Progress reports.
 * @param asOf - The date, `YYYY-MM-DD`: checks after it are not taken.
 * @returns The status records, with the lead unit and the owner's position (有人管, in Chinese).
 * @example
 * escalate(measureHistory(framework, reports, '2025-12-31'), framework.scheme.escalation ?? [], '2025-12-31')
 * //=> [{ measure: 'polluters', action: 'warning', … }, { measure: 'backward-capacity', action: 'accountability', … }]
 */
export function measureHistory(
  framework: Framework,
  reports: ReadonlyArray<ProgressReport>,
  asOf: string,
): StatusRecord[] {
  const year = asOf.slice(0, 4);
  const dates = CHECKS.map((d) => `${year}-${d}`).filter((date) => date <= asOf);
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
      };
    }),
  );
}
