import type { Lang, RedLineBreachKind, RedLineZone } from '@eco-reform/core';
import type { RedlineFormats } from './redline.format.js';
import { redlineText } from './redline.text.js';

/**
 * A breach in words: `full` names the kind, the rule it breaks and by how much; `brief` is the
 * clause the summary uses.
 *
 * @category Layout
 * @example
 * const b: BreachText = { kind: 'areaReduced', full: 'Area reduced — rule: area must not decrease. …', brief: 'area 0.35 km² below the baseline' };
 */
export interface BreachText {
  kind: RedLineBreachKind;
  full: string;
  brief: string;
}

/** What a zone was observed at in a period. */
type Observed = RedLineZone['observations'][number];

/**
 * Explains one breach the core's `checkRedLines` found: the kind, the rule (面积不减少 /
 * 功能不降低 / 性质不改变) and the gap between the observation and the baseline, in the
 * language asked for, numbers with `Intl.NumberFormat`.
 *
 * @category Layout
 * @param kind - From the finding's `breaches`.
 * @param zone - The zone, for its baseline.
 * @param observed - The zone's observation in the period.
 * @param lang - `zh-CN` or `en`.
 * @param f - The formatters (`redlineFormats(lang)`).
 * @returns The explanation.
 * @example
 * breachText('areaReduced', nanshan, { period: '2025', area: 12.05, functionIndex: 0.87, nature: 'forest' }, 'en', redlineFormats('en')).full
 * //=> 'Area reduced — rule: area must not decrease. 12.05 km² against the baseline 12.4 km²: 0.35 km² (2.8%) less.'
 */
export function breachText(
  kind: RedLineBreachKind,
  zone: RedLineZone,
  observed: Observed,
  lang: Lang,
  f: RedlineFormats,
): BreachText {
  const s = redlineText[lang];
  const zh = lang === 'zh-CN';
  const b = zone.baseline;
  const share = (gap: number, base: number): string =>
    base > 0 ? (zh ? `（${f.percent(gap / base)}）` : ` (${f.percent(gap / base)})`) : '';
  const head = (rule: string): string =>
    zh ? `${s.kinds[kind]}——违反“${rule}”：` : `${s.kinds[kind]} — rule: ${rule}. `;
  switch (kind) {
    case 'areaReduced': {
      const gap = b.area - observed.area;
      return {
        kind,
        full: zh
          ? `${head(s.rules.area)}现状 ${f.area(observed.area)}，基数 ${f.area(b.area)}，减少 ${f.area(gap)}${share(gap, b.area)}。`
          : `${head(s.rules.area)}${f.area(observed.area)} against the baseline ${f.area(b.area)}: ${f.area(gap)}${share(gap, b.area)} less.`,
        brief: zh ? `面积比基数减少 ${f.area(gap)}` : `area ${f.area(gap)} below the baseline`,
      };
    }
    case 'functionDegraded': {
      const gap = b.functionIndex - observed.functionIndex;
      return {
        kind,
        full: zh
          ? `${head(s.rules.function)}功能指数现状 ${f.number(observed.functionIndex)}，基数 ${f.number(b.functionIndex)}，降低 ${f.number(gap)}${share(gap, b.functionIndex)}。`
          : `${head(s.rules.function)}Function index ${f.number(observed.functionIndex)} against the baseline ${f.number(b.functionIndex)}: ${f.number(gap)}${share(gap, b.functionIndex)} lower.`,
        brief: zh ? `功能指数比基数低 ${f.number(gap)}` : `function index ${f.number(gap)} below the baseline`,
      };
    }
    case 'natureChanged':
      return {
        kind,
        full: zh
          ? `${head(s.rules.nature)}用地性质由${f.nature(b.nature)}变为${f.nature(observed.nature)}。`
          : `${head(s.rules.nature)}Land use was ${f.nature(b.nature)}, is now ${f.nature(observed.nature)}.`,
        brief: zh
          ? `用地性质由${f.nature(b.nature)}变为${f.nature(observed.nature)}`
          : `nature changed from ${f.nature(b.nature)} to ${f.nature(observed.nature)}`,
      };
  }
}
