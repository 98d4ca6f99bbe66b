import { comparePeriods, parsePeriod, type Assessment, type Bundle } from '@eco-reform/core/display';
import {
  assessBundleShared,
  hasAssessmentFormat,
  observedPeriods,
  readAssessment,
} from '../../internal/bundle-data.js';
import type { DataParser } from '../../internal/data-source.js';
import { assessmentParser } from '../scorecard/scorecard.data.js';

/**
 * What a ranking shows: the assessment of the chosen period and, when known, the assessment of
 * the period before it, which gives each unit its change of rank.
 *
 * @category Widgets
 * @example
 * const data: RankingData = { assessment: assess(framework, observations, { period: '2025' }), previous: null, bundle: null };
 */
export interface RankingData {
  assessment: Assessment;
  /** The previous period's assessment, or `null` when there is none (no change of rank is shown). */
  previous: Assessment | null;
  /** The bundle the assessment was scored from (its periods are those the ranking can show), or `null` for a precomputed one. */
  bundle: Bundle | null;
}

/**
 * The observed period just before `period` (ordered with the core's `comparePeriods`), preferring
 * one of the same kind: the year before a year, the quarter before a quarter. Without one of the
 * same kind, the nearest earlier period of any kind; `null` when nothing was observed before.
 *
 * @category Widgets
 * @param observed - The periods observed, in any order.
 * @param period - The chosen period.
 * @returns The previous period, or `null`.
 * @example
 * previousPeriod(['2020', '2025', '2024-Q4', '2024'], '2025') //=> '2024'
 * previousPeriod(['2020'], '2020') //=> null
 */
export function previousPeriod(observed: ReadonlyArray<string>, period: string): string | null {
  const before = [...new Set(observed)].filter((p) => comparePeriods(p, period) < 0).sort(comparePeriods);
  const kind = parsePeriod(period)?.kind;
  const same = before.filter((p) => parsePeriod(p)?.kind === kind);
  return same.at(-1) ?? before.at(-1) ?? null;
}

/** Scores a bundle for one period the way the scorecard does: red-line breaches of that period included. */
/**
 * Reads a ranking's data. A bundle `{ framework, observations, reports }` is validated and scored
 * exactly as `<eco-scorecard>` scores it (for `period`, or the latest year observed), and the
 * previous observed period is scored too, for the change of rank. A precomputed assessment
 * (`format: "eco-reform.assessment/2"`) may carry the previous period's assessment in an optional
 * `previous` property; `previous()` (the element's `previous` property) takes precedence. Both are
 * validated with the core's `parseAssessment`.
 *
 * @category Widgets
 * @param period - The period to score a bundle for; `null` for the latest year observed.
 * @param previous - A previous assessment given apart from the data, or `undefined`.
 * @returns The parser the `DataController` runs on every input.
 * @example
 * rankingParser(() => '2025', () => undefined)(bundle) //=> { ok: true, value: { assessment: …2025, previous: …2024 } }
 */
export function rankingParser(
  period: () => string | null,
  previous: () => unknown = () => undefined,
): DataParser<RankingData> {
  const current = assessmentParser(period);
  return (input) => {
    // `previous` rides along on a precomputed assessment; the assessment itself is checked without it.
    const carried = hasAssessmentFormat(input) ? (input as { previous?: unknown }).previous : undefined;
    const parsed = current(carried === undefined ? input : withoutPrevious(input as Record<string, unknown>));
    if (!parsed.ok) return parsed;
    const { assessment, bundle } = parsed.value;
    const given = previous() ?? carried;
    if (given !== undefined && given !== null) {
      const before = readAssessment(given, ['previous']);
      if (!before.ok) return before;
      return { ok: true, value: { assessment, previous: before.value, bundle } };
    }
    if (!bundle) return { ok: true, value: { assessment, previous: null, bundle } };
    const before = previousPeriod(observedPeriods(bundle), assessment.period);
    return {
      ok: true,
      value: { assessment, previous: before === null ? null : assessBundleShared(bundle, before), bundle },
    };
  };
}

function withoutPrevious(input: Record<string, unknown>): Record<string, unknown> {
  const { previous: _previous, ...rest } = input;
  return rest;
}
