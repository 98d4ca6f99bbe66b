import { statusLabels, type Lang } from '@eco-reform/core/display';
import type { TableTwin } from '../../shared/table-twin.js';
import type { ScorecardView } from './scorecard.layout.js';
import { scorecardText } from './scorecard.text.js';

/**
 * The scorecard's table as plain text, exactly the rows and columns on screen (the current view,
 * sort, filter and expanded areas): what "Download table (CSV)" writes. The caption names the
 * unit, the period and the view; a nested indicator keeps its depth as leading spaces would be
 * lost in a spreadsheet, so a `Depth` column carries it instead.
 *
 * @category Layout
 * @param view - The scorecard's layout.
 * @param lang - The language of the headings and statuses.
 * @returns The table.
 * @example
 * scorecardTable(scorecardLayout(data, { unit: 'gangkou', lang: 'en', expanded: new Set() })!, 'en').head[0] //=> 'Depth'
 */
export function scorecardTable(view: ScorecardView, lang: Lang): TableTwin {
  const s = scorecardText[lang];
  const status = (x: ScorecardView['rows'][number]['status']): string =>
    statusLabels[x][lang === 'zh-CN' ? 'zh' : 'en'];
  const caption = `${view.name} · ${view.period} · ${view.view === 'areas' ? s.caption : s.views[view.view]}`;
  if (view.view === 'measures') {
    return {
      caption,
      head: [s.measure, s.status, s.node, s.overdue, s.lead, s.owner, s.doer, s.checker],
      rows: view.rows.map((r) => [
        r.title,
        status(r.status),
        r.node,
        r.overdueDays > 0 ? String(r.overdueDays) : '',
        r.responsible,
        r.people?.owner ?? '',
        r.people?.doer ?? '',
        r.people?.checker ?? '',
      ]),
    };
  }
  const detailed = view.detailed;
  return {
    caption,
    head: [
      s.depth,
      view.view === 'areas' ? s.area : s.indicator,
      s.value,
      ...(detailed ? [s.target, s.gap, s.trend] : []),
      s.score,
      s.weight,
      s.points,
      s.status,
      ...(detailed ? [s.responsible] : []),
    ],
    rows: view.rows.map((r) => [
      String(r.depth),
      r.title,
      r.value,
      ...(detailed
        ? [
            r.target,
            r.completion !== '' ? `${r.gap}${s.completion(r.completion)}` : r.gap,
            r.trend ? `${r.trend.arrow} ${r.trend.label}` : '',
          ]
        : []),
      r.score,
      r.weight,
      r.points,
      status(r.status),
      ...(detailed ? [r.responsible] : []),
    ]),
  };
}
