import type { Lang } from '@eco-reform/core';
import type { TableTwin } from '../../shared/table-twin.js';
import type { BreakdownView } from './breakdown.layout.js';
import { breakdownText } from './breakdown.text.js';

/**
 * The breakdown as a plain table: one row per step with its kind, signed change, running total
 * and the rule or "why" text, exactly as on screen. It is the chart's table alternative and what
 * "Download table (CSV)" writes. The caption names the unit and the period. A marker's effect
 * (e.g. `Veto → Fail`) leads its "why" text.
 *
 * @category Layout
 * @param view - The breakdown's layout ({@link breakdownLayout}).
 * @param lang - The language of the headings.
 * @returns The table.
 * @example
 * breakdownTable(breakdownLayout(data, { unit: 'nanshan', lang: 'en' })!, 'en').head
 * //=> ['Step', 'Kind', 'Change', 'Running total', 'Explanation']
 */
export function breakdownTable(view: BreakdownView, lang: Lang): TableTwin {
  const s = breakdownText[lang];
  const join = lang === 'zh-CN' ? '' : ' ';
  return {
    caption: `${view.name} · ${view.period} · ${s.caption}`,
    head: [s.step, s.kind, s.change, s.running, s.whyOf],
    rows: view.rows.map((r) => [
      r.label,
      r.kindLabel,
      r.change,
      r.running,
      [r.marker ? `${r.marker}${lang === 'zh-CN' ? '。' : '.'}` : '', ...r.why].filter(Boolean).join(join),
    ]),
  };
}
