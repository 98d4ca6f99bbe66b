import { statusLabels, type Lang } from '@eco-reform/core/display';
import type { TableTwin } from '../../shared/table-twin.js';
import type { TaskBoardView } from './task-board.layout.js';
import { taskBoardText } from './task-board.text.js';

/**
 * The task board as plain text: one row per visible card, in the board's order (group by group),
 * every field a card shows. What the "Table" disclosure shows and "Download table (CSV)" writes.
 * Cells are the text the cards show; days overdue is a bare number under its heading.
 *
 * @category Layout
 * @param view - The board's layout.
 * @param lang - The language of the headings and statuses.
 * @returns The table.
 * @example
 * taskBoardTable(taskBoardLayout(meixi, { lang: 'en', status: 'overdue' }), 'en').rows[0]!.slice(0, 2)
 * //=> ['Phase out backward capacity', 'Overdue']
 */
export function taskBoardTable(view: TaskBoardView, lang: Lang): TableTwin {
  const s = taskBoardText[lang];
  const numbers = new Intl.NumberFormat(lang);
  return {
    caption: s.caption(view.scope, view.asOfText),
    head: [
      s.measure,
      s.status,
      s.owner,
      s.doer,
      s.checker,
      s.lead,
      s.cooperating,
      s.node,
      s.due,
      s.overdue,
      s.escalation,
      s.rule,
    ],
    rows: view.groups
      .flatMap((g) => g.cards)
      .map((c) => [
        c.title,
        statusLabels[c.status][lang === 'zh-CN' ? 'zh' : 'en'],
        c.owner,
        c.doer,
        c.checker,
        c.lead,
        c.cooperating,
        c.node,
        c.due ? c.dueText : '',
        c.overdueDays > 0 ? numbers.format(c.overdueDays) : '',
        c.escalation?.label ?? '',
        c.escalation?.rule ?? '',
      ]),
  };
}
