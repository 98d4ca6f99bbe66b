import { escalationActionLabels } from '../../vocabulary/escalationActionLabels.js';
import type { Lang, LocalizedLabel } from '../../vocabulary/lang.js';
import type { Assessment, RuleFired, RuleTally } from './assessment.js';
import { indicatorResults, type IndicatorResult } from './indicatorResults.js';
import { roundDecimal } from './roundDecimal.js';

/**
 * Options of {@link explain}.
 *
 * @category Scoring
 * @example
 * const options: ExplainOptions = { unit: 'nanshan', lang: 'en' };
 * explain(assessment, options)?.grade //=> 'fail' (Meixi 2025, red-line veto)
 */
export interface ExplainOptions {
  /** The unit to explain. */
  unit: string;
  /** Language of the text; default *zh-CN*. */
  lang?: Lang;
}

/**
 * The chain from raw values to a unit's grade, structured and as text.
 *
 * @category Scoring
 * @example
 * explain(assess(framework, observations, { period: '2025', breaches: { nanshan: ['nanshan-forest'] } }), { unit: 'nanshan', lang: 'en' })?.text
 * //=> 'Nanshan District scored 94.1 in 2025: Fail, ranked 3 of 6. Ecological space 84.86 (weight 35.0%, 29.70 points); …'
 */
export interface Explanation {
  unit: string;
  name: LocalizedLabel;
  total: number | null;
  totalUnrounded: number | null;
  grade: string | null;
  gradeLabel: LocalizedLabel | null;
  rank: number | null;
  rankedUnits: number;
  areas: Array<{
    area: string;
    title: LocalizedLabel;
    score: number | null;
    weightUsed: number | null;
    points: number | null;
    indicators: IndicatorResult[];
  }>;
  rules: RuleFired[];
  /**
   * Why the unit has no total, one reason each (empty when it has one): the unit's own warnings and
   * errors among the diagnostics, or else the top-level areas that could not be scored.
   */
  whyNoTotal: LocalizedLabel[];
  /** One paragraph in the requested language, e.g. "东区2025年总分 86.4，良好，排名第 2/6。……". */
  text: string;
}

// A year reads "2025年" with no space (Chinese typography); any other period keeps its own form.
const zhPeriod = (period: string): string => (/^\d{4}$/.test(period) ? `${period}年` : ` ${period} `);

const fmt = (x: number | null, digits: number): string => (x === null ? '—' : roundDecimal(x, digits).toFixed(digits));

/**
 * Explains one unit's result: total, grade and rank, each area's score, weight used and points
 * (or that it does not apply to the unit),
 * every indicator's trace (raw → method → normalised → weight → points), and the rules that
 * fired with their reasons, as data and as a paragraph in Chinese or English.
 *
 * @category Scoring
 * @param assessment - The result of `assess`.
 * @param options - **unit**, **lang**.
 * @returns The explanation, or `null` when the unit is not in the assessment.
 * @example
 * explain(assessment, { unit: 'gangkou', lang: 'zh-CN' })?.text
 * //=> '港口区2025年总分 54.1，不合格，排名第 6/6。生态空间优化 68.29 分（权重 35.0%，贡献 23.90 分）；…'
 */
export function explain(assessment: Assessment, { unit, lang = 'zh-CN' }: ExplainOptions): Explanation | null {
  const result = assessment.results.find((r) => r.unit === unit);
  const meta = assessment.units.find((u) => u.id === unit);
  if (!result || !meta) return null;
  const zh = lang === 'zh-CN';
  const t = (l: LocalizedLabel): string => (zh ? l.zh : l.en);
  const digits = assessment.scheme.rounding.digits;
  const grade = assessment.scheme.grades.find((g) => g.id === result.grade) ?? null;
  const indicators = indicatorResults(assessment, unit);
  const areas = assessment.areas.map((a, k) => {
    const r = result.areas[k]!;
    return {
      area: a.id,
      title: a.title,
      score: r.score,
      weightUsed: r.weightUsed,
      points: r.points,
      indicators: indicators.filter((i) => i.area === a.id),
    };
  });
  const ranked = assessment.results.filter((r) => r.rank !== null).length;
  const head = zh
    ? `${t(meta.name)}${zhPeriod(assessment.period)}总分 ${fmt(result.total, digits)}，${grade ? t(grade.label) : '无等次'}，排名第 ${result.rank ?? '—'}/${ranked}。`
    : `${t(meta.name)} scored ${fmt(result.total, digits)} in ${assessment.period}: ${grade ? t(grade.label) : 'no grade'}, ranked ${result.rank ?? '—'} of ${ranked}.`;
  const areaText = areas
    .filter((a) => assessment.areas.find((x) => x.id === a.area)?.parent === null)
    .map((a) =>
      notApplicable(result.areas, a.area)
        ? `${t(a.title)}${zh ? '不适用' : ' not applicable'}`
        : zh
          ? `${t(a.title)} ${fmt(a.score, 2)} 分（权重 ${fmt(a.weightUsed === null ? null : a.weightUsed * 100, 1)}%，贡献 ${fmt(a.points, 2)} 分）`
          : `${t(a.title)} ${fmt(a.score, 2)} (weight ${fmt(a.weightUsed === null ? null : a.weightUsed * 100, 1)}%, ${fmt(a.points, 2)} points)`,
    )
    .join(zh ? '；' : '; ');
  const ruleText = result.rules
    .map((r) => {
      const what =
        r.points !== 0
          ? zh
            ? `${r.points < 0 ? '扣分' : '加分'} ${fmt(Math.abs(r.points), digits)}`
            : `${r.points < 0 ? 'minus' : 'plus'} ${fmt(Math.abs(r.points), digits)}`
          : r.action !== undefined
            ? t(escalationActionLabels[r.action])
            : r.kind === 'veto'
              ? zh
                ? '一票否决'
                : 'veto'
              : r.kind === 'gradeQuota'
                ? zh
                  ? '等次比例限制'
                  : 'grade quota'
                : zh
                  ? '等次限制'
                  : 'grade limited';
      // Assessments written before evidenceText existed have the English evidence only.
      const evidence = r.evidenceText ? t(r.evidenceText) : r.evidence;
      const tally = r.tally ? tallyText(r.tally, zh, digits) : '';
      return zh ? `${what}：${t(r.reason)}（${evidence}${tally}）` : `${what}: ${t(r.reason)} (${evidence}${tally})`;
    })
    .join(zh ? '；' : '; ');
  const whyNoTotal = result.total === null ? noTotalReasons(assessment, unit, areas) : [];
  const whyText = whyNoTotal.map(t).join(zh ? '；' : '; ');
  const text = `${head}${zh ? '' : ' '}${areaText}${zh ? '。' : '.'}${ruleText ? (zh ? `规则：${ruleText}。` : ` Rules: ${ruleText}.`) : ''}${whyText ? (zh ? `无总分原因：${whyText}。` : ` No total because: ${whyText}.`) : ''}`;
  return {
    unit,
    name: meta.name,
    total: result.total,
    totalUnrounded: result.totalUnrounded,
    grade: result.grade,
    gradeLabel: grade?.label ?? null,
    rank: result.rank,
    rankedUnits: ranked,
    areas,
    rules: result.rules,
    whyNoTotal,
    text,
  };
}

/**
 * The reasons a unit has no total: what the assessment said about the unit itself, or, when it said
 * nothing particular (an area whose indicators all lack values under the exclude policy), which
 * top-level areas have no score.
 */
function noTotalReasons(assessment: Assessment, unit: string, areas: Explanation['areas']): LocalizedLabel[] {
  const said = assessment.diagnostics.filter((d) => d.unit === unit && d.severity !== 'info').map((d) => d.message);
  if (said.length > 0) return said;
  const unscored = areas.filter(
    (a) => a.score === null && assessment.areas.find((x) => x.id === a.area)?.parent === null,
  );
  if (unscored.length > 0) {
    return unscored.map((a) => ({
      en: `${a.title.en} has no score: too few of its indicators have a value`,
      zh: `${a.title.zh}无得分：有数据的指标不足`,
    }));
  }
  return [{ en: 'the total could not be computed from the area scores', zh: '无法由各领域得分计算总分' }];
}

/** Whether the unit's result for `area` says the area does not apply to it (none of its indicators does). */
const notApplicable = (areas: ReadonlyArray<{ area: string; flags: ReadonlyArray<string> }>, area: string): boolean =>
  areas.find((r) => r.area === area)?.flags.includes('notApplicable') === true;

/**
 * How a counted or capped rule reached its points, as a clause: "; 5 × 3 = 15, 5 above the cap (at
 * most 20)" or "；每次 5 × 3 次 = 15，超出上限 5（规则组 bonuses 上限 3，此前已用 2）".
 */
function tallyText(tally: RuleTally, zh: boolean, digits: number): string {
  const n = (x: number | null): string => fmt(x, digits);
  const parts: string[] = [
    zh
      ? `每次 ${n(tally.each)} × ${tally.count} 次 = ${n(tally.uncapped)}`
      : `${n(tally.each)} × ${tally.count} = ${n(tally.uncapped)}`,
  ];
  const limits: string[] = [];
  if (tally.max !== null) limits.push(zh ? `本项最多 ${n(tally.max)}` : `at most ${n(tally.max)}`);
  if (tally.group !== null) {
    limits.push(
      zh
        ? `规则组 ${tally.group} 上限 ${n(tally.groupMax)}，此前已用 ${n(tally.groupBefore)}`
        : `group ${tally.group} capped at ${n(tally.groupMax)}, ${n(tally.groupBefore)} used before`,
    );
  }
  if (tally.capped > 0) parts.push(zh ? `超出上限 ${n(tally.capped)}` : `${n(tally.capped)} above the cap`);
  const limitText = limits.length === 0 ? '' : zh ? `（${limits.join('；')}）` : ` (${limits.join('; ')})`;
  return (zh ? '；' : '; ') + parts.join(zh ? '，' : ', ') + limitText;
}
