import type { Lang } from '@eco-reform/core';
import type { TableTwin } from '../../shared/table-twin.js';
import { rankOrder, rankRows, weightsLayout, type WeightsLayoutInput } from './weights.layout.js';
import { weightsText } from './weights.text.js';

/**
 * The weighting as a plain table: the full ranking under the current weights (every unit, ranked
 * ones first, ties as `T2` / `并列2`) with total, official rank and change in words ("up 2", "unchanged"), and the weights in the caption
 * ("Ranking under your weights · 2025 · Ecological space 5 (33%), …"). What "Download table
 * (CSV)" writes; the table on screen shows its first rows.
 *
 * @category Layout
 * @param input - The assessments, areas and weights.
 * @param lang - The language of the headings.
 * @returns The table.
 * @example
 * weightsTable(input, 'en').head //=> ['Rank', 'Unit', 'Total', 'Official rank', 'Change vs official']
 */
export function weightsTable(input: WeightsLayoutInput, lang: Lang): TableTwin {
  const s = weightsText[lang];
  const view = weightsLayout(input, { lang, rows: 1 });
  const zh = lang === 'zh-CN';
  const weights = view.sliders
    .map(
      (w) =>
        `${w.title} ${input.weights === null ? w.share : zh ? `${w.value}（${w.share}）` : `${w.value} (${w.share})`}`,
    )
    .join(zh ? '，' : ', ');
  return {
    caption: `${view.caption} · ${input.weights === null ? s.officialWeights : s.yourWeights}${zh ? '：' : ': '}${weights}`,
    head: [s.rank, s.unit, s.total, s.officialRank, s.change],
    rows: rankRows(input, rankOrder(input.current.results, Infinity), lang, null).map((r) => [
      r.rank,
      r.name,
      r.total,
      r.officialRank,
      r.changeLabel,
    ]),
  };
}
