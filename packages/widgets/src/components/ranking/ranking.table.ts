import type { Lang } from '@eco-reform/core';
import type { TableTwin } from '../../shared/table-twin.js';
import { noTotalReasons, rowTexts, tableHead, type RankingData, rankEntries, rankingFormat } from './ranking.layout.js';
import { rankingText } from './ranking.text.js';

/**
 * The ranking as a plain table of every unit (not only the page shown), in ranking order: rank
 * (ties as "T2" / "并列第2"), unit, total, grade, change of rank since the previous period, and a
 * note (a rule that set the grade, or why there is no total). What "Download table (CSV)" writes;
 * the cells are the same texts the on-screen table shows.
 *
 * @category Layout
 * @param data - The assessment and the previous one.
 * @param lang - The language of the headings and texts.
 * @returns The table.
 * @example
 * rankingTable(data2025, 'en').rows[2] //=> ['3', 'Nanshan District', '94.1', 'Fail', 'down 1', 'Grade set by a rule: Red-line zone reduced, …: veto']
 */
export function rankingTable(data: RankingData, lang: Lang): TableTwin {
  const s = rankingText[lang];
  const fmt = rankingFormat(data.assessment, lang);
  const reasons = noTotalReasons(data, lang);
  return {
    caption: s.caption(fmt.period(data.assessment.period)),
    head: tableHead(data, fmt),
    rows: rankEntries(data).map((e) => {
      const t = rowTexts(e, fmt, reasons);
      return [t.rankText, fmt.t(e.name), t.totalText, t.gradeText, t.changeText, t.note];
    }),
  };
}
