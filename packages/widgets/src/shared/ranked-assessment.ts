/**
 * What the ranking and the headline read: an assessment with the previous period's (for changes of
 * rank and of the city's figure), parsed from a bundle or a precomputed assessment, and the number
 * formats both use. Shared here, not in either element's folder.
 */
import { type Lang, comparePeriods, parsePeriod, type Assessment, type Bundle } from '@eco-reform/core/display';
import { assessBundleShared, hasAssessmentFormat, observedPeriods, readAssessment } from './bundle-data.js';
import type { DataParser } from './data-source.js';
import { assessmentParser } from './assessment-data.js';

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

/**
 * Text helpers shared by the layout, the table and the summary, so the three say the same thing.
 *
 * @category Layout
 * @example
 * const fmt: RankingFormat = rankingFormat(assessment, 'zh-CN');
 * fmt.total(98.2) //=> '98.2'
 */
export interface RankingFormat {
  lang: Lang;
  /** A bilingual label in the language, falling back to the other. */
  t: (l: { zh?: string | undefined; en?: string | undefined } | undefined) => string;
  /** A total with the scheme's digits; "—" for none. */
  total: (x: number | null) => string;
  /** A count or rank, e.g. "3,000". */
  count: (x: number) => string;
  /** A grade's label; "—" for none. */
  grade: (id: string | null) => string;
  /** A period for reading, e.g. "2025年". */
  period: (p: string) => string;
}

/**
 * Builds the formatters once per layout: an `Intl.NumberFormat` costs far more to make than to use.
 *
 * @category Layout
 * @param assessment - Gives the rounding digits and the grade labels.
 * @param lang - `zh-CN` or `en`.
 * @returns The formatters.
 * @example
 * rankingFormat(assessment, 'zh-CN').period('2025') //=> '2025年'
 * rankingFormat(assessment, 'en').grade('excellent') //=> 'Excellent'
 */
export function rankingFormat(assessment: Assessment, lang: Lang): RankingFormat {
  const t: RankingFormat['t'] = (l) =>
    l === undefined ? '' : lang === 'zh-CN' ? l.zh || l.en || '' : l.en || l.zh || '';
  const digits = assessment.scheme.rounding.digits;
  const totals = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const counts = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const labels = new Map(assessment.scheme.grades.map((g) => [g.id, t(g.label)]));
  return {
    lang,
    t,
    total: (x) => (x === null || !Number.isFinite(x) ? '—' : totals.format(x)),
    count: (x) => counts.format(x),
    grade: (id) => (id === null ? '—' : (labels.get(id) ?? id)),
    period: (p) => (lang === 'zh-CN' && /^\d{4}$/.test(p) ? `${p}年` : p),
  };
}
