import type { FlagCount } from '../model/flagCount.schema.js';
import type { PeriodGrades } from '../scoring/assess/periodGrades.js';
import type { Framework } from '../model/framework.schema.js';
import type { UnitFlag } from '../model/unitFlag.schema.js';
import type { Assessment, AssessmentResults, AssessmentTotals } from '../scoring/assess/assessment.js';
import { assess, type AssessDetail, type ObservationInput } from '../scoring/assess/assess.js';
import { checkRedLines } from './checkRedLines.js';
import { breachesByUnit } from './breachesByUnit.js';
import { flagsByUnit } from './flagsByUnit.js';

/**
 * What {@link assessBundle} scores: a framework, its observations and, optionally, the units'
 * flags. A `Bundle` is one; so are a CLI's framework, observations and `--flags` file.
 *
 * @category Accountability
 * @example
 * const input: AssessableBundle = { framework, observations, flags: [{ unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' }] };
 * assessBundle(input, { period: '2025' }).results.find((r) => r.unit === 'gangkou')?.rules[0]?.rule //=> the scheme's complaint deduction
 */
export interface AssessableBundle {
  framework: Framework;
  observations: ObservationInput;
  /** The units' flags of any periods; only those of the assessed period count. */
  flags?: ReadonlyArray<UnitFlag>;
}

/**
 * Options of {@link assessBundle}.
 *
 * @category Accountability
 * @example
 * const options: AssessBundleOptions = { period: '2025', flags: { xihu: ['majorIncident'] } };
 */
export interface AssessBundleOptions {
  /** The period to assess, e.g. `2025`. */
  period: string;
  /**
   * Unit id → the flags of this period, used instead of the bundle's own `flags` list when given
   * (as `annualAssessment` receives them); without it the bundle's flags of `period` count.
   */
  flags?: Readonly<Record<string, ReadonlyArray<FlagCount>>>;
  /** The grades of earlier periods, for rules across periods, as for `assess` (`periodGrades`). */
  history?: ReadonlyArray<PeriodGrades>;
  /** What to build, as for `assess`: `full` (when not given), `results` (no per-cell trace, no fingerprint) or `totals` (no per-area results either). */
  detail?: AssessDetail;
  /** The units to assess, as for `assess` (default: every unit with an observation in the period); a chart of a few units scores only those. */
  units?: ReadonlyArray<string>;
}

/**
 * Scores a bundle's period as the CLI, `annualAssessment`, the widgets and the example service do:
 * the red-line zones breached in the period (`checkRedLines`) become veto events, the units'
 * flags of the period (`flagsByUnit`) become the events flag rules test, then `assess`. This is the
 * one place that chains them; call it rather than `assess` whenever the data is a bundle, so a
 * breach or a flag is never left out. The same inputs give the same assessment, fingerprint
 * included, as calling `assess` with those `breaches` and `flags`.
 *
 * @category Accountability
 * @param bundle - A valid framework and observations (`parseBundle`, or `parseFramework` and
 *   `parseObservations`), with the units' flags if there are any.
 * @param options - **period**, and optionally **flags** (unit id → flags) replacing the bundle's,
 *   **detail** and **units** (as for `assess`).
 * @returns The {@link Assessment} of the period; with `detail: 'results'` an {@link AssessmentResults}, with `detail: 'totals'` an {@link AssessmentTotals}.
 * @example
 * const a = assessBundle(bundle, { period: '2025' }); // Meixi's bundle.json
 * a.results.find((r) => r.unit === 'nanshan')?.grade //=> 'fail' (the red-line veto: nanshan-forest shrank)
 */
export function assessBundle(
  bundle: AssessableBundle,
  options: AssessBundleOptions & { detail: 'totals' },
): AssessmentTotals;
export function assessBundle(
  bundle: AssessableBundle,
  options: AssessBundleOptions & { detail: 'results' },
): AssessmentResults;
export function assessBundle(bundle: AssessableBundle, options: AssessBundleOptions & { detail?: 'full' }): Assessment;
export function assessBundle(
  bundle: AssessableBundle,
  options: AssessBundleOptions,
): Assessment | AssessmentResults | AssessmentTotals;
export function assessBundle(
  bundle: AssessableBundle,
  options: AssessBundleOptions,
): Assessment | AssessmentResults | AssessmentTotals {
  const { period, detail, history, units } = options;
  const { redLines, redLineTolerance } = bundle.framework;
  const breaches = breachesByUnit(
    checkRedLines(redLines, period, redLineTolerance === undefined ? {} : { tolerance: redLineTolerance }),
  );
  const flags = options.flags ?? flagsByUnit(bundle.flags ?? [], period);
  return assess(bundle.framework, bundle.observations, {
    period,
    breaches,
    flags,
    ...(history === undefined ? {} : { history }),
    ...(detail === undefined ? {} : { detail }),
    ...(units === undefined ? {} : { units }),
  });
}
