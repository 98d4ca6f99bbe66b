import { cityHeadline, type Lang } from '@eco-reform/core/display';
import { rankingFormat, type RankingData } from '../../shared/ranked-assessment.js';
import { headlineText } from './headline.text.js';

/**
 * Where a grade sits among the scheme's bands: its colour and icon (top, in between, lowest), or none without a grade.
 *
 * @category Widgets
 * @example
 * const level: HeadlineLevel = 'top'; // Meixi's 优秀: a star, green
 */
export type HeadlineLevel = 'top' | 'middle' | 'bottom' | 'none';

/**
 * The direction of the change since the previous period, for its arrow and words.
 *
 * @category Widgets
 * @example
 * const direction: HeadlineDirection = 'up'; // "较2024年上升 1.3 分"
 */
export type HeadlineDirection = 'up' | 'down' | 'same' | 'none';

/**
 * What `<eco-headline>` shows, as text: every number formatted, every label in one language.
 *
 * @category Widgets
 * @example
 * const v: HeadlineView = headlineLayout(data, { lang: 'en' });
 * v.outOf //=> '/ 100'
 */
export interface HeadlineView {
  /** The city and the period, e.g. "美溪市 · 2025年考核". */
  title: string;
  /** "全市平均分" / "City average". */
  scoreLabel: string;
  /** The city's figure with the scheme's digits, or "无总分" / "no total". */
  scoreText: string;
  /** "/ 100": the scheme's maximum. */
  outOf: string;
  /** How the figure is made, e.g. "6 个单位考核总分的平均值，各单位权重相同". */
  basis: string;
  /** The units left out for having no total, or `null` when every unit counts. */
  withoutTotal: string | null;
  /** The grade in words, "等次：良好" / "Grade: Good" ("—" for none). */
  gradeText: string;
  /** The grade's place among the bands. */
  level: HeadlineLevel;
  /** The change since the previous period in words. */
  changeText: string;
  /** Its direction. */
  direction: HeadlineDirection;
  /** The grade table's caption and head. */
  gradesCaption: string;
  head: [string, string];
  /** One row per grade of the scheme: its label and how many units got it. */
  grades: Array<{ label: string; count: string }>;
}

/**
 * Lays out the city's headline (the core's `cityHeadline`, the mean of the units' totals) from a
 * ranking's data: the period's assessment, the previous period's when known, and the bundle when
 * the data was one (its jurisdiction names the city; a precomputed assessment is named by its
 * framework's title).
 *
 * @category Widgets
 * @param data - The assessment, the previous one or `null`, and the bundle or `null`.
 * @param options - **lang**.
 * @returns The view.
 * @example
 * headlineLayout({ assessment, previous: null, bundle }, { lang: 'zh-CN' }).changeText //=> '无上期数据，无法比较'
 */
export function headlineLayout(data: RankingData, { lang }: { lang: Lang }): HeadlineView {
  const s = headlineText[lang];
  const { assessment, previous, bundle } = data;
  const f = rankingFormat(assessment, lang);
  const h = cityHeadline(assessment, previous);
  const byMin = [...assessment.scheme.grades].sort((a, b) => b.min - a.min);
  const at = h.grade === null ? -1 : byMin.findIndex((g) => g.id === h.grade);
  const level: HeadlineLevel = at < 0 ? 'none' : at === 0 ? 'top' : at === byMin.length - 1 ? 'bottom' : 'middle';
  const direction: HeadlineDirection =
    h.change === null ? 'none' : h.change > 0 ? 'up' : h.change < 0 ? 'down' : 'same';
  const before = h.previous ? f.period(h.previous.period) : '';
  const changeText =
    direction === 'none'
      ? s.change.none
      : direction === 'same'
        ? s.change.same(before)
        : s.change[direction](f.total(Math.abs(h.change!)), before);
  const names = new Map(assessment.units.map((u) => [u.id, f.t(u.name)]));
  const who = bundle ? f.t(bundle.framework.jurisdiction) : f.t(assessment.framework.title);
  return {
    title: s.title(who, f.period(assessment.period)),
    scoreLabel: s.scoreLabel,
    scoreText: h.score === null ? s.noScore : f.total(h.score),
    outOf: s.outOf(f.count(h.max)),
    basis: s.basis(f.count(h.units)),
    withoutTotal: h.withoutTotal.length
      ? s.withoutTotal(h.withoutTotal.map((u) => names.get(u) ?? u).join(s.list))
      : null,
    gradeText: s.grade(f.grade(h.grade)),
    level,
    changeText,
    direction,
    gradesCaption: s.gradesCaption(f.period(assessment.period)),
    head: [s.gradeHead, s.countHead],
    grades: h.grades.map((g) => ({ label: f.grade(g.grade), count: s.count(f.count(g.count)) })),
  };
}
