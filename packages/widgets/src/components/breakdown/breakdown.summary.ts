import { roundDecimal, type Assessment, type Lang, type LocalizedLabel } from '@eco-reform/core';
import type { BreakdownSteps } from './breakdown.steps.js';

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
