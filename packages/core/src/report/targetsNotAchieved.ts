import type { Indicator } from '../model/indicator.schema.js';
import type { Assessment } from '../scoring/assess/assessment.js';
import { indicatorResults } from '../scoring/assess/indicatorResults.js';
import type { Lang } from '../vocabulary/lang.js';
import { cellWording } from './cellWording.js';

/**
 * The targets a unit did not achieve, as the sentence `eco-reform explain` ends with: each indicator
 * with a value whose status is not `achieved` (applicable ones, in framework order) by name, value,
 * target and gap in {@link cellWording}'s words. It needs the indicators as declared (a published
 * assessment alone has no units of measure or comparators), so it is a step of its own beside
 * `explain`, which the widgets load without the declared indicators.
 *
 * @category Reporting
 * @param assessment - The result of `assess`.
 * @param unit - A unit id of the assessment.
 * @param indicators - The indicators as declared (`framework.indicators`).
 * @param lang - *zh-CN* or *en*.
 * @returns The sentence, or `''` when the unit achieved every target it has a value for.
 * @example
 * targetsNotAchieved(assessment, 'gangkou', framework.indicators, 'en')
 * //=> 'Targets not achieved: …; PM2.5 annual mean 42.8 µg/m³ (target at most 32 µg/m³, 10.8 µg/m³ above the ceiling); ….'
 */
export function targetsNotAchieved(
  assessment: Assessment,
  unit: string,
  indicators: ReadonlyArray<Pick<Indicator, 'id' | 'title' | 'unitOfMeasure' | 'target' | 'decimals'>>,
  lang: Lang,
): string {
  const zh = lang === 'zh-CN';
  const missed = indicatorResults(assessment, unit).flatMap((r) => {
    const indicator = indicators.find((d) => d.id === r.indicator);
    if (!indicator || r.status === 'achieved' || r.status === 'noData' || r.flags.includes('notApplicable')) return [];
    const w = cellWording({ indicator, value: r.raw, target: r.target }, lang);
    const name =
      (zh ? indicator.title.zh || indicator.title.en : indicator.title.en || indicator.title.zh) ?? r.indicator;
    return [
      zh ? `${name} ${w.value}（目标${w.target}，${w.gap}）` : `${name} ${w.value} (target ${w.target}, ${w.gap})`,
    ];
  });
  if (missed.length === 0) return '';
  return zh ? `未达目标的指标：${missed.join('；')}。` : `Targets not achieved: ${missed.join('; ')}.`;
}
