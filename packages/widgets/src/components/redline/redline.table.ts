import type { Lang } from '@eco-reform/core';
import type { TableTwin } from '../../shared/table-twin.js';
import type { RedlineView } from './redline.layout.js';
import { redlineText } from './redline.text.js';

/**
 * The red lines as a plain table, one row per zone in the order shown (by control grade,
 * breached first): baseline, current, change and held / breached for area, function index and
 * nature, then the breaches explained. What the `<details>` table shows and "Download table
 * (CSV)" writes; numbers carry no unit of measure (it is in the heading), so a spreadsheet reads
 * them as numbers.
 *
 * @category Layout
 * @param view - The layout (`redlineLayout`).
 * @param lang - `zh-CN` or `en`.
 * @returns The table.
 * @example
 * redlineTable(redlineLayout(data, { lang: 'en' }), 'en').rows[0]?.slice(0, 8)
 * //=> ['I', 'Nanshan water-conservation forest', 'Nanshan District', 'Red line breached', '12.4', '12.05', '-0.35', 'Breached']
 */
export function redlineTable(view: RedlineView, lang: Lang): TableTwin {
  const s = redlineText[lang];
  const zh = lang === 'zh-CN';
  const col = (check: string, what: string, uom = ''): string =>
    zh ? `${check}${what}${uom ? `（${uom}）` : ''}` : `${check} ${what.toLowerCase()}${uom ? ` (${uom})` : ''}`;
  const c = s.checks;
  return {
    caption: s.tableCaption(view.period),
    head: [
      s.gradeHead,
      s.zone,
      s.unit,
      s.status,
      col(c.area, s.baseline, s.km2),
      col(c.area, s.current, s.km2),
      col(c.area, s.change, s.km2),
      col(c.area, s.status),
      col(c.function, s.baseline),
      col(c.function, s.current),
      col(c.function, s.change),
      col(c.function, s.status),
      col(c.nature, s.baseline),
      col(c.nature, s.current),
      col(c.nature, s.status),
      s.explanation,
    ],
    rows: view.groups.flatMap((g) =>
      g.zones.map((z) => {
        const [area, fn, nature] = z.checks;
        return [
          z.grade,
          z.name,
          z.unitName,
          s.zoneStates[z.state],
          area.baseline,
          area.current,
          area.change,
          s.states[area.state],
          fn.baseline,
          fn.current,
          fn.change,
          s.states[fn.state],
          nature.baseline,
          nature.current,
          s.states[nature.state],
          z.explanations.join(zh ? '' : ' '),
        ];
      }),
    ),
  };
}
