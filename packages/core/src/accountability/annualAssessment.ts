import type { FlagCount } from '../model/flagCount.schema.js';
import type { Framework } from '../model/framework.schema.js';
import type { Indicator } from '../model/indicator.schema.js';
import type { ProgressReport } from '../model/progressReport.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';
import type { Assessment } from '../scoring/assess/assessment.js';
import { localized } from '../scoring/_engine/localized.js';
import { checkRedLines, type RedLineFinding } from './checkRedLines.js';
import { assessBundle } from './assessBundle.js';
import { measureStatus, type MeasureStatusResult } from './measureStatus.js';
import { measureHistory } from './measureHistory.js';
import { escalate, type EscalationResult } from './escalate.js';
import { type EscalatedItem, proposeConsequences, type Proposal } from './proposeConsequences.js';
import { nodeTimeliness, type NodeTimelinessResult } from './nodeTimeliness.js';
import { onTimeRate, type OnTimeRate } from './onTimeRate.js';
import { paceBandOf } from './paceBandOf.js';
import { answerableFor } from './answerableFor.js';
import type { PaceBand } from '../vocabulary/paceBand.schema.js';
import type { TaskFacts } from './scoreTasks.js';
import { assessGroups, type GroupUnitResult } from './assessGroups.js';
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
  /** The indicator assessment (districts and counties: the units with observations). */
  assessment: Assessment;
  redLines: RedLineFinding[];
  measures: Array<
    MeasureStatusResult & {
      title: LocalizedLabel;
      lead: string;
      cooperating: string[];
      /** The city-wide task this one is a unit's share of (区县分解). */
      partOf: string | null;
      owner: LocalizedLabel | null;
      /** The person holding the owner's post on `asOf` (`null` without a post or holder). */
      ownerName: LocalizedLabel | null;
      nodes: Array<NodeTimelinessResult & { title: LocalizedLabel }>;
      /** The 序时进度 band on `asOf` by the scheme's `paceBands`; `null` when it declares none. */
      band: PaceBand | null;
    }
  >;
  /**
   * The published result by unit group (分类考核): every unit of every `scheme.groups` group with its
   * indicator and task parts, total, grade and rank in the group; `[]` when the scheme has no groups.
   */
  units: GroupUnitResult[];
  /** The scheme's unit groups, for reports: id, label and where vetoed units go. */
  groups: Array<{ id: string; label: LocalizedLabel; vetoed: 'last' | 'unranked' }>;
  /** The on-time completion rate (按期完成率) of the nodes due in the year. */
  onTime: OnTimeRate;
  escalations: EscalationResult[];
  /** The consequences the scheme attaches to the findings, as proposals (建议) with basis and evidence. */
  proposals: Proposal[];
  /** Every unit's name, for reports (departments lead measures but are not scored). */
  unitNames: Record<string, LocalizedLabel>;
  /**
   * The indicators as declared, in framework order, with what a report needs to word their cells
   * (`cellWording`): title, attribute (约束性 binding…), unit of measure, target and decimals.
   */
  indicators: Array<Pick<Indicator, 'id' | 'title' | 'attribute' | 'unitOfMeasure' | 'target' | 'decimals'>>;
}

/**
 * The annual target-responsibility assessment: indicators scored by the scheme (with red-line
 * breaches as veto events); every measure's status, 序时进度 band and nodes' timeliness on
 * 31 December with the year's on-time completion rate (按期完成率); each unit group's published
 * result (分类考核: indicator and task parts, grade, rank in the group); the escalation ladder
 * applied to the quarter-end checks since the programme began; and the consequences the scheme
 * attaches to grades, rules, red-line breaches and ladder steps, as proposals with basis and
 * evidence (建议: nothing is decided, and nothing is proposed that the scheme does not say).
 *
 * @category Accountability
 * @param framework - A valid framework.
 * @param observations - Observations.
 * @param reports - Progress reports.
 * @param options - **year**, **flags**.
 * @returns Scores, grades, ranks, measure statuses and proposals, each explained.
 * @throws RangeError when `year` is not a whole number from 1000 to 9999 (a period the data can name).
 * @example
 * annualAssessment(framework, observations, reports, { year: 2025 }).proposals.map((p) => `${p.unit}:${p.action}`)
 * //=> ['xihu:commendation', …, 'nanshan:criticism', 'gangkou:criticism', …, 'nanshan:accountability', 'miit:listedSupervision', 'miit:accountability', 'eeb:warning', 'gangkou:warning'] (Meixi)
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
  const { paceBands } = framework.scheme;
  const measures = framework.measures.map((m) => {
    const status = measureStatus(m, reports, asOf, framework.scheme.measureThresholds);
    const post = m.owner?.post;
    const holder = post ? answerableFor(framework, post, asOf) : null;
    return {
      ...status,
      title: localized(m.title),
      lead: m.lead,
      cooperating: [...m.cooperating],
      partOf: m.partOf ?? null,
      owner: m.owner ? localized(m.owner.position) : null,
      ownerName: holder?.name ?? null,
      nodes: nodeTimeliness(m, reports, asOf).map((n) => ({
        ...n,
        title: localized(m.nodes.find((x) => x.id === n.node)!.title),
      })),
      band: paceBands ? paceBandOf(status.pace, paceBands) : null,
    };
  });
  const facts = new Map<string, TaskFacts>(measures.map((m) => [m.measure, m]));
  const units = assessGroups(framework, assessment, facts, year);
  const onTime = onTimeRate(
    measures.flatMap((m) => m.nodes),
    `${year}-01-01`,
    asOf,
  );
  // Tasks and overdue ledger items go up the same ladder; a ledger item's escalation names its entry as `measure`.
  const escalations = [
    ...escalate(measureHistory(framework, reports, asOf), framework.scheme.escalation ?? [], asOf),
    ...escalate(ledgerStatusRecords(entries, asOf), framework.scheme.escalation ?? [], asOf),
  ];
  const rulesOf = new Map(assessment.results.map((r) => [r.unit, r.rules]));
  const graded = framework.scheme.groups
    ? units.map((u) => ({ unit: u.unit, grade: u.grade, total: u.total, rules: rulesOf.get(u.unit) ?? [] }))
    : assessment.results;
  const items = idRecord<EscalatedItem>();
  for (const e of entries) items[e.id] = { title: e.title, node: null };
  for (const m of measures) {
    const node = m.node ? m.nodes.find((n) => n.node === m.node!.id) : undefined;
    items[m.measure] = { title: m.title, node: node ? { id: node.node, title: node.title } : null };
  }
  const proposals = proposeConsequences(framework, { asOf, graded, redLines, escalations, items });
  const unitNames = Object.fromEntries(framework.units.map((u) => [u.id, localized(u.name)]));
  const groups = (framework.scheme.groups ?? []).map((g) => ({
    id: g.id,
    label: localized(g.label),
    vetoed: g.vetoed,
  }));
  const indicators = framework.indicators.map(({ id, title, attribute, unitOfMeasure, target, decimals }) => ({
    id,
    title,
    attribute,
    unitOfMeasure,
    target,
    ...(decimals === undefined ? {} : { decimals }),
  }));
  return {
    year,
    asOf,
    assessment,
    units,
    groups,
    redLines,
    measures,
    onTime,
    escalations,
    proposals,
    unitNames,
    indicators,
  };
}
