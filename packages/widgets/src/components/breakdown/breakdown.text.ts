import {
  roundDecimal,
  type Assessment,
  type Lang,
  type LocalizedLabel,
  type Explanation,
} from '@eco-reform/core/display';
import type { BreakdownSteps, BreakdownStep } from './breakdown.layout.js';
import { rowExplanations } from '../../shared/row-explanations.js';

/**
 * The breakdown's own words in each language it speaks. Data texts (unit and area names, rule
 * reasons) come from the assessment; the "why" sentences are in `breakdown.why.ts`.
 *
 * @category Layout
 * @example
 * breakdownText.en.caption //=> 'How the total is built'
 */
export const breakdownText = {
  'zh-CN': {
    loading: '正在加载考核数据…',
    error: '无法显示得分构成',
    empty: '没有数据',
    unit: '考核单位',
    total: '总分',
    grade: '等次',
    rank: '排名',
    caption: '总分构成',
    chart: '总分构成瀑布图',
    step: '步骤',
    kind: '类型',
    change: '增减',
    running: '累计',
    why: '为什么？',
    whyOf: '说明',
    subtotal: '各领域合计',
    totalStep: '总分',
    kinds: {
      area: '领域得分',
      subtotal: '小计',
      deduction: '扣分',
      bonus: '加分',
      adjustment: '调整',
      veto: '一票否决',
      cap: '等次上限',
      total: '总分',
    },
    noTotal: '无总分',
    noGrade: '无等次',
    marker: { veto: (g: string) => `一票否决 → ${g}`, cap: (g: string) => `至多${g}`, none: '（未起作用）' },
    rankOf: (r: number | null, n: number) => (r === null ? '未排名' : `第 ${r} / ${n} 名`),
  },
  en: {
    loading: 'Loading the assessment…',
    error: 'The breakdown cannot be shown',
    empty: 'No data',
    unit: 'Unit',
    total: 'Total',
    grade: 'Grade',
    rank: 'Rank',
    caption: 'How the total is built',
    chart: 'Waterfall of the total',
    step: 'Step',
    kind: 'Kind',
    change: 'Change',
    running: 'Running total',
    why: 'Why?',
    whyOf: 'Explanation',
    subtotal: 'Areas subtotal',
    totalStep: 'Total',
    kinds: {
      area: 'Area points',
      subtotal: 'Subtotal',
      deduction: 'Deduction',
      bonus: 'Bonus',
      adjustment: 'Adjustment',
      veto: 'Veto',
      cap: 'Grade cap',
      total: 'Total',
    },
    noTotal: 'no total',
    noGrade: 'no grade',
    marker: { veto: (g: string) => `Veto → ${g}`, cap: (g: string) => `At most ${g}`, none: ' (no effect)' },
    rankOf: (r: number | null, n: number) => (r === null ? 'not ranked' : `${r} of ${n}`),
  },
} as const;

/**
 * The breakdown in one sentence, for everyone (under the chart) and for screen readers: the
 * published total as the areas' subtotal plus bonuses minus deductions (each rounded as the
 * scheme rounds the total), then the grade and, when a veto or a cap decided it, which rule.
 * When the separately rounded parts do not add up to the total, it says so.
 *
 * @category Layout
 * @param b - The unit's steps ({@link breakdownSteps}).
 * @param assessment - The assessment (rounding, grade labels, period).
 * @param name - The unit's name in `lang`.
 * @param lang - `zh-CN` or `en`.
 * @returns A sentence.
 * @example
 * breakdownSummary(breakdownSteps(assessment, 'nanshan')!, assessment, 'Nanshan District', 'en')
 * //=> 'Nanshan District 2025: 94.1 = areas 94.1; grade Fail (veto: Red-line zone reduced, degraded or changed in nature: veto).'
 */
export function breakdownSummary(b: BreakdownSteps, assessment: Assessment, name: string, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const t = (l: LocalizedLabel | null | undefined): string => (l ? (zh ? l.zh || l.en : l.en || l.zh) : '');
  const { digits, mode } = assessment.scheme.rounding;
  const f = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const round = (x: number): number => roundDecimal(x, digits, mode);
  const gradeLabel = (id: string | null): string =>
    t(assessment.scheme.grades.find((g) => g.id === id)?.label) || (id ?? '');
  const head = zh ? `${name} ${assessment.period}年：` : `${name} ${assessment.period}: `;
  const decided =
    b.steps.find((s) => s.kind === 'veto' && s.effect === 'forced') ??
    b.steps.find((s) => s.kind === 'cap' && s.effect === 'capped');
  const why = decided
    ? zh
      ? `（${decided.kind === 'veto' ? '一票否决' : '等次上限'}：${t(decided.label)}）`
      : ` (${decided.kind === 'veto' ? 'veto' : 'capped'}: ${t(decided.label)})`
    : '';
  const grade =
    b.grade === null
      ? zh
        ? '无等次'
        : 'no grade'
      : zh
        ? `等次为${gradeLabel(b.grade)}${why}`
        : `grade ${gradeLabel(b.grade)}${why}`;
  if (b.total === null || b.subtotal === null) return zh ? `${head}无总分；${grade}。` : `${head}no total; ${grade}.`;

  const sum = (kind: 'bonus' | 'deduction' | 'adjustment'): number | null => {
    const steps = b.steps.filter((s) => s.kind === kind);
    return steps.length === 0 ? null : round(steps.reduce((x, s) => x + (s.change ?? 0), 0));
  };
  const areas = round(b.subtotal);
  const [bonus, deduction, adjustment] = [sum('bonus'), sum('deduction'), sum('adjustment')];
  const words = zh
    ? { areas: '各领域', bonus: '加分', deduction: '扣分', adjustment: '调整' }
    : { areas: 'areas', bonus: 'bonuses', deduction: 'deductions', adjustment: 'adjustments' };
  const signed = (label: string, x: number | null): string =>
    x === null ? '' : ` ${x < 0 ? '−' : '+'} ${label} ${f.format(Math.abs(x))}`;
  const parts = `${words.areas} ${f.format(areas)}${signed(words.bonus, bonus)}${signed(words.deduction, deduction)}${signed(words.adjustment, adjustment)}`;
  const adds = round(areas + (bonus ?? 0) + (deduction ?? 0) + (adjustment ?? 0)) === b.total;
  const note = adds ? '' : zh ? '（各项分别舍入，合计略有出入）' : ' (parts rounded separately)';
  return zh
    ? `${head}${f.format(b.total)} = ${parts}${note}；${grade}。`
    : `${head}${f.format(b.total)} = ${parts}${note}; ${grade}.`;
}

const MODE = {
  'zh-CN': { halfUp: '四舍五入', halfEven: '四舍六入五成双' },
  en: { halfUp: 'half up', halfEven: 'half to even' },
} as const;

/**
 * The "why" of every step, as lines of text, from the core's `explain()`: an area's score,
 * weight and points (the scorecard's sentence) followed by each of its indicators' chains; the
 * subtotal as the sum of the areas' points; a rule as `explain()` words it (what, reason,
 * evidence) plus what it did to the running total or the grade; the total as `explain()`'s
 * paragraph plus how it was rounded. One array per step, in step order.
 *
 * @category Layout
 * @param b - The unit's steps ({@link breakdownSteps}).
 * @param explanation - `explain(assessment, { unit, lang })`.
 * @param assessment - The assessment (for titles, grade labels and the rounding rule).
 * @param lang - `zh-CN` or `en`.
 * @returns The lines of each step's explanation.
 * @example
 * stepExplanations(steps, explain(assessment, { unit: 'nanshan', lang: 'en' })!, assessment, 'en').at(-3)
 * //=> ['Veto: Red-line zone reduced, degraded or changed in nature: veto (red-line breach: Nanshan water-conservation forest).', 'The grade is forced to Fail; the total alone, 94.1, reaches Excellent. The total itself is not changed.']
 */
export function stepExplanations(
  b: BreakdownSteps,
  explanation: Explanation,
  assessment: Assessment,
  lang: Lang,
): string[][] {
  const zh = lang === 'zh-CN';
  const t = (l: LocalizedLabel | null | undefined): string => (l ? (zh ? l.zh || l.en : l.en || l.zh) : '');
  const { digits, mode } = assessment.scheme.rounding;
  const detail = Math.max(2, digits);
  const fmt = (d: number) => new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d });
  const [fd, ft, f4] = [fmt(detail), fmt(digits), new Intl.NumberFormat(lang, { maximumFractionDigits: 4 })];
  const n = (x: number | null, f = fd): string => (x === null ? '—' : f.format(x));
  const grade = (id: string | null): string =>
    t(assessment.scheme.grades.find((g) => g.id === id)?.label) || (id ?? '—');
  const rows = rowExplanations(explanation, lang);
  const title = (id: string): string =>
    t(assessment.indicators.find((i) => i.id === id)?.title ?? assessment.areas.find((a) => a.id === id)?.title) || id;

  const area = (s: BreakdownStep): string[] => {
    const lines = [rows.get(s.id) ?? ''];
    if (!b.additive)
      lines.push(
        zh
          ? '总分不是各领域的加权和，因此领域不单独计分值。'
          : 'The total is not a weighted sum of the areas, so no points are attributed to each.',
      );
    for (const sub of assessment.areas.filter((a) => a.parent === s.id))
      lines.push(`${t(sub.title)}${zh ? '：' : ': '}${rows.get(sub.id) ?? ''}`);
    const own = explanation.areas.find((a) => a.area === s.id)?.indicators ?? [];
    for (const i of own) lines.push(`${title(i.indicator)}${zh ? '：' : ': '}${rows.get(i.indicator) ?? ''}`);
    return lines.filter(Boolean);
  };
  const subtotal = (): string[] => {
    if (b.subtotal === null)
      return [zh ? '无法计算各领域合计（数据不足）。' : 'The areas cannot be totalled (not enough data).'];
    const parts = b.steps.filter((s) => s.kind === 'area' && s.change !== null).map((s) => n(s.change));
    if (!b.additive)
      return [
        zh
          ? `各领域得分按方案汇总为 ${n(b.subtotal)} 分（非加权和，不能拆分到各领域）。`
          : `The areas' scores combine, as the scheme says, into ${n(b.subtotal)} points (not a weighted sum, so it cannot be split by area).`,
      ];
    return [
      zh
        ? `各领域贡献之和：${parts.join(' + ')} = ${n(b.subtotal)} 分（各领域 0–100 得分 × 权重 × 总分 ${assessment.scheme.totalPoints} ÷ 100）。`
        : `The sum of the areas' points: ${parts.join(' + ')} = ${n(b.subtotal)} (each area's 0–100 score × its weight × ${assessment.scheme.totalPoints} points ÷ 100).`,
    ];
  };
  const rule = (s: BreakdownStep): string[] => {
    const r = s.rule!;
    const moves = s.change !== null;
    const what = moves
      ? zh
        ? `${r.points < 0 ? '扣分' : '加分'} ${n(Math.abs(r.points))}`
        : `${r.points < 0 ? 'Minus' : 'Plus'} ${n(Math.abs(r.points))}`
      : s.kind === 'veto'
        ? zh
          ? '一票否决'
          : 'Veto'
        : zh
          ? '等次限制'
          : 'Grade limited';
    // Assessments written before evidenceText existed have the English evidence only.
    const evidence = r.evidenceText ? t(r.evidenceText) : r.evidence;
    const head = zh ? `${what}：${t(r.reason)}（${evidence}）。` : `${what}: ${t(r.reason)} (${evidence}).`;
    if (moves)
      return [
        head,
        zh ? `累计分由 ${n(s.from)} 变为 ${n(s.to)}。` : `The running total goes from ${n(s.from)} to ${n(s.to)}.`,
      ];
    const byTotal =
      b.gradeByTotal === null
        ? ''
        : zh
          ? `；仅按总分 ${n(b.total, ft)} 应为${grade(b.gradeByTotal)}`
          : `; the total alone, ${n(b.total, ft)}, reaches ${grade(b.gradeByTotal)}`;
    let effect: string;
    if (s.kind === 'veto') {
      effect =
        s.effect === 'forced'
          ? zh
            ? `等次定为${grade(s.grade)}${byTotal}。总分本身不变。`
            : `The grade is forced to ${grade(s.grade)}${byTotal}. The total itself is not changed.`
          : b.grade === null
            ? zh
              ? '未起作用：没有等次（无总分）。'
              : 'No effect: there is no grade (no total).'
            : zh
              ? '未起作用：另一项一票否决决定等次。'
              : 'No effect: another veto decides the grade.';
    } else if (s.effect === 'capped') {
      effect = zh
        ? `等次至多为${grade(s.grade)}${byTotal}。总分本身不变。`
        : `The grade may be at most ${grade(s.grade)}${byTotal}. The total itself is not changed.`;
    } else {
      const vetoed = b.steps.some((x) => x.kind === 'veto' && x.effect === 'forced');
      const because = zh
        ? vetoed
          ? '一票否决决定等次'
          : b.grade === null
            ? '没有等次'
            : `等次为${grade(b.grade)}，不高于上限`
        : vetoed
          ? 'a veto decides the grade'
          : b.grade === null
            ? 'there is no grade'
            : `the grade, ${grade(b.grade)}, is not above it`;
      effect = zh
        ? `等次至多为${grade(s.grade)}；此处未起作用：${because}。`
        : `The grade may be at most ${grade(s.grade)}; no effect here: ${because}.`;
    }
    return [head, effect];
  };
  const total = (): string[] => {
    const rounding =
      b.total === null || b.totalUnrounded === null
        ? ''
        : zh
          ? `四舍五入前为 ${n(b.totalUnrounded, f4)}；按方案保留 ${digits} 位小数（${MODE[lang][mode]}）得 ${n(b.total, ft)}。`
          : `Before rounding ${n(b.totalUnrounded, f4)}; the scheme keeps ${digits} decimal${digits === 1 ? '' : 's'} (${MODE[lang][mode]}): ${n(b.total, ft)}.`;
    return [explanation.text, rounding].filter(Boolean);
  };
  return b.steps.map((s) => {
    switch (s.kind) {
      case 'area':
        return area(s);
      case 'subtotal':
        return subtotal();
      case 'total':
        return total();
      case 'deduction':
      case 'bonus':
      case 'adjustment':
      case 'veto':
      case 'cap':
        return rule(s);
    }
  });
}
