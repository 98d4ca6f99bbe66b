import { type Assessment, type Lang, type LocalizedLabel, type RuleFired } from '@eco-reform/core';
import type { RankingData } from './ranking.data.js';

/**
 * How a unit's rank moved since the previous period: `up` / `down` by `places`, `same`, `new` (not
 * ranked in the previous period), or `none` (no previous period, or no rank now).
 *
 * @category Layout
 * @example
 * const change: RankChange = { kind: 'up', places: 2 };
 */
export interface RankChange {
  kind: 'up' | 'down' | 'same' | 'new' | 'none';
  /** Places moved (0 unless `up` or `down`). */
  places: number;
}

/**
 * One unit in ranking order, before any formatting: what the layout, the table and the summary read.
 *
 * @category Layout
 * @example
 * rankEntries({ assessment, previous: null, bundle: null })[0] //=> { unit: 'xihu', total: 98.2, rank: 1, tied: false, grade: 'excellent', … }
 */
export interface RankEntry {
  /** The unit's position in `assessment.units` and `assessment.results`. */
  index: number;
  unit: string;
  name: LocalizedLabel;
  total: number | null;
  /** Competition rank (1, 2, 2, 4), `null` without a total. */
  rank: number | null;
  /** Whether another unit shares the rank. */
  tied: boolean;
  grade: string | null;
  /** The grade the total alone would get; differs from `grade` when a rule set the grade. */
  bandGrade: string | null;
  change: RankChange;
  /** When a rule set the grade (it differs from `bandGrade`): the rules the assessment records as having forced or capped it. */
  gradeRules: RuleFired[];
}

/**
 * The units in ranking order: by the core's competition rank, tied units and units without a
 * total in the assessment's unit order, units without a total last. Each with its change of rank
 * against `previous` (matched by unit id).
 *
 * @category Layout
 * @param data - The assessment and the previous one.
 * @returns One entry per assessed unit.
 * @example
 * rankEntries(data2025).map((e) => e.unit) //=> ['xihu', 'dongcheng', 'nanshan', 'qingxi', 'beiling', 'gangkou'] (Meixi)
 */
export function rankEntries(data: RankingData): RankEntry[] {
  const { assessment, previous } = data;
  const before = previous ? new Map(previous.results.map((r) => [r.unit, r.rank])) : null;
  const count = new Map<number, number>();
  for (const r of assessment.results) if (r.rank !== null) count.set(r.rank, (count.get(r.rank) ?? 0) + 1);
  const entries = assessment.results.map((r, index): RankEntry => {
    const bandGrade = r.gradeByPoints;
    const changed = r.grade !== bandGrade;
    return {
      index,
      unit: r.unit,
      name: assessment.units[index]?.name ?? { zh: r.unit, en: r.unit },
      total: r.total,
      rank: r.rank,
      tied: r.rank !== null && (count.get(r.rank) ?? 0) > 1,
      grade: r.grade,
      bandGrade,
      change: changeOf(r.rank, before === null ? undefined : (before.get(r.unit) ?? null)),
      gradeRules: changed ? r.rules.filter((x) => x.effect === 'forced' || x.effect === 'capped') : [],
    };
  });
  return entries.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.index - b.index);
}

/** `before`: `undefined` without a previous period, `null` when the unit had no rank in it. */
function changeOf(now: number | null, before: number | null | undefined): RankChange {
  if (now === null || before === undefined) return { kind: 'none', places: 0 };
  if (before === null) return { kind: 'new', places: 0 };
  if (before === now) return { kind: 'same', places: 0 };
  return before > now ? { kind: 'up', places: before - now } : { kind: 'down', places: now - before };
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
