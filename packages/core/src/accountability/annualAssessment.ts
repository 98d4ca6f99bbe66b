import type { FlagCount } from '../model/flagCount.schema.js';
import type { Framework } from '../model/framework.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';
import type { Assessment } from '../scoring/assess/assessment.js';
import { localized } from '../scoring/_engine/localized.js';
import { checkRedLines, type RedLineFinding } from './checkRedLines.js';
import { assessBundle } from './assessBundle.js';
import { measureStatus, type MeasureStatusResult } from './measureStatus.js';
import { measureHistory } from './measureHistory.js';
import { escalate, type EscalationAction, type EscalationResult } from './escalate.js';
import type { Ledgers } from '../ledger/ledgers.schema.js';
import { ledgerStateAt } from '../ledger/ledgerStateAt.js';
import { ledgerFlags } from '../ledger/ledgerFlags.js';
import { ledgerStatusRecords } from '../ledger/ledgerStatusRecords.js';
import { flagsByUnit } from './flagsByUnit.js';
import { idRecord } from '../_lib/idRecord.js';

/**
 * Options of {@link annualAssessment}.
 *
 * @category Accountability
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025, flags: { xihu: ['majorIncident'] } })
 *   .assessment.results.find((r) => r.unit === 'xihu')?.grade //=> 'good' (Meixi; 'excellent' without the flag)
 */
export interface AnnualAssessmentOptions {
  year: number;
  /** Unit id → flags for the scheme's rules (e.g. `majorIncident`). */
  flags?: Readonly<Record<string, ReadonlyArray<FlagCount>>>;
  /**
   * The supervision ledgers (valid, see `parseLedgers`): their items overdue on 31 December or
   * done late in the year become flags for the scheme's rules (`ledgerFlags`), and their overdue
   * items go up the escalation ladder beside the measures (`ledgerStatusRecords`, `source: 'ledger'`).
   */
  ledgers?: Ledgers;
}

/**
 * An incentive or sanction for a unit, with its reason.
 *
 * @category Accountability
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025 }).actions[5]
 * //=> { unit: 'miit', action: 'accountability', source: 'measure', measure: 'backward-capacity', reason: { en: 'overdue by 30 days or more: accountability', … } }
 */
export interface UnitAction {
  unit: string;
  action: 'commendation' | EscalationAction;
  reason: LocalizedLabel;
  /** What it follows from. */
  source: 'grade' | 'redLine' | 'measure' | 'ledger';
  /** The measure, or the ledger entry's id (`source: 'ledger'`). */
  measure?: string;
}

/**
 * The annual target-responsibility assessment (年度目标责任制考核).
 *
 * @category Accountability
 * @example
 * const a: AnnualAssessment = annualAssessment(framework, observations, reports, { year: 2025 }); // Meixi City
 * a.asOf //=> '2025-12-31'
 * a.measures[3] //=> { measure: 'backward-capacity', status: 'overdue', overdueDays: 184, lead: 'miit', owner: { zh: '分管经济的副市长', en: 'Deputy mayor for the economy' }, … }
 */
export interface AnnualAssessment {
  year: number;
  asOf: string;
  assessment: Assessment;
  redLines: RedLineFinding[];
  /** Each measure's status, with its lead unit, its title (what a report names it by) and its accountable leader. */
  measures: Array<MeasureStatusResult & { lead: string; title: LocalizedLabel; owner: LocalizedLabel | null }>;
  escalations: EscalationResult[];
  actions: UnitAction[];
  /** Every unit's name, for reports (departments lead measures but are not scored). */
  unitNames: Record<string, LocalizedLabel>;
}

/**
 * The annual target-responsibility assessment: indicators scored by the scheme (with red-line
 * breaches as veto events), every measure's status on 31 December, the escalation ladder applied
 * to the measures' quarter-end statuses, and the actions that follow: commendation (表彰) for
 * units with the top grade; an interview (约谈) for units with the lowest grade; accountability
 * (问责) for a red-line breach; and the ladder's action for each lead unit of a late measure.
 *
 * @category Accountability
 * @param framework - A valid framework.
 * @param observations - Observations.
 * @param reports - Progress reports.
 * @param options - **year**, **flags**.
 * @returns Scores, grades, ranks, measure statuses and actions, each explained.
 * @throws RangeError when `year` is not a whole number from 1000 to 9999 (a period the data can name).
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025 }).actions
 * //=> [{ unit: 'xihu', action: 'commendation', … }, { unit: 'nanshan', action: 'accountability', source: 'redLine', … }, …]
 */
export function annualAssessment(
  framework: Framework,
  observations: ReadonlyArray<Observation>,
  reports: ReadonlyArray<ProgressReport>,
  { year, flags, ledgers }: AnnualAssessmentOptions,
): AnnualAssessment {
  // A year outside the period grammar would give NaN dates and days overdue downstream.
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`annualAssessment: year must be a whole number from 1000 to 9999, got ${String(year)}`);
  }
  const period = String(year);
  const asOf = `${year}-12-31`;
  const tolerance = framework.redLineTolerance;
  const redLines = checkRedLines(framework.redLines, period, tolerance === undefined ? {} : { tolerance });
  const entries = ledgers ? ledgerStateAt(ledgers, asOf) : [];
  // The ledgers' flags join the caller's; assess adds up a flag listed twice, so each late item counts.
  const ledgerFlagsByUnit = flagsByUnit(ledgerFlags(entries, period), period);
  const allFlags = idRecord<ReadonlyArray<FlagCount>>();
  for (const [unit, names] of Object.entries(flags ?? {})) allFlags[unit] = names;
  for (const [unit, names] of Object.entries(ledgerFlagsByUnit)) allFlags[unit] = [...(allFlags[unit] ?? []), ...names];
  const assessment = assessBundle({ framework, observations }, { period, flags: allFlags });
  const measures = framework.measures.map((m) => ({
    ...measureStatus(m, reports, asOf, framework.scheme.measureThresholds),
    lead: m.lead,
    title: localized(m.title),
    owner: m.owner ? localized(m.owner.position) : null,
  }));
  const escalations = escalate(measureHistory(framework, reports, asOf), framework.scheme.escalation ?? [], asOf);
  const ledgerEscalations = escalate(ledgerStatusRecords(entries, asOf), framework.scheme.escalation ?? [], asOf);
  const grades = [...framework.scheme.grades].sort((a, b) => b.min - a.min);
  const actions: UnitAction[] = [];
  for (const r of assessment.results) {
    const label = assessment.scheme.grades.find((g) => g.id === r.grade)?.label;
    if (r.grade === grades[0]?.id && label) {
      actions.push({
        unit: r.unit,
        action: 'commendation',
        source: 'grade',
        reason: { zh: `考核等次为${label.zh}，予以表彰`, en: `graded ${label.en}: commended` },
      });
    } else if (r.grade === grades.at(-1)?.id && label) {
      actions.push({
        unit: r.unit,
        action: 'interview',
        source: 'grade',
        reason: { zh: `考核等次为${label.zh}，约谈主要负责人`, en: `graded ${label.en}: its leaders are interviewed` },
      });
    }
  }
  for (const f of redLines.filter((x) => x.breaches.length > 0)) {
    actions.push({ unit: f.unit, action: 'accountability', source: 'redLine', reason: f.message });
  }
  for (const e of escalations) {
    if (e.unit) actions.push({ unit: e.unit, action: e.action, source: 'measure', measure: e.measure, reason: e.rule });
  }
  for (const e of ledgerEscalations) {
    if (e.unit) actions.push({ unit: e.unit, action: e.action, source: 'ledger', measure: e.measure, reason: e.rule });
  }
  const unitNames = Object.fromEntries(framework.units.map((u) => [u.id, localized(u.name)]));
  return {
    year,
    asOf,
    assessment,
    redLines,
    measures,
    escalations: [...escalations, ...ledgerEscalations],
    actions,
    unitNames,
  };
}
