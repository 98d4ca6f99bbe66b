import type { RankEntry, RankingFormat } from './ranking.entries.js';
import { rankingText } from './ranking.text.js';

const SHOWN = 3;

/**
 * The ranking in words, over every unit (not only the page shown): how many units, the highest
 * and the lowest with total and grade, the count per grade, the ties (always named as ties), the
 * grades a rule set, the units without a total, and where the highlighted unit stands and how it
 * moved since the previous period.
 *
 * @category Layout
 * @param entries - Every unit in ranking order (`rankEntries`).
 * @param grades - The scheme's grade ids, best first.
 * @param fmt - The formatters of the language.
 * @param periods - The assessed period and the previous one (`null` for none).
 * @param unit - The highlighted unit's id, or `null`.
 * @returns One paragraph.
 * @example
 * rankingSummary(entries, ['excellent', 'good', 'pass', 'fail'], fmt, { period: '2025', previous: '2024' }, 'gangkou')
 * //=> '6 units assessed for 2025 (change of rank since 2024); highest Xihu District 98.2 (Excellent); …; Gangkou District highlighted: rank 6 of 6, unchanged since 2024.'
 */
export function rankingSummary(
  entries: ReadonlyArray<RankEntry>,
  grades: ReadonlyArray<string>,
  fmt: RankingFormat,
  periods: { period: string; previous: string | null },
  unit: string | null,
): string {
  const s = rankingText[fmt.lang];
  const w = s.summary;
  const name = (e: RankEntry): string => fmt.t(e.name);
  const names = (list: ReadonlyArray<RankEntry>): string =>
    list.length > SHOWN
      ? `${list.slice(0, SHOWN).map(name).join(s.list)} ${w.moreNames(fmt.count(list.length - SHOWN))}`
      : list.map(name).join(s.list);
  const previous = periods.previous === null ? null : fmt.period(periods.previous);
  const ranked = entries.filter((e) => e.rank !== null);
  const parts = [w.units(fmt.count(entries.length), fmt.period(periods.period), previous)];

  const first = ranked[0];
  const last = ranked.at(-1);
  if (first && last) {
    const top = ranked.filter((e) => e.rank === first.rank);
    const bottom = ranked.filter((e) => e.rank === last.rank);
    const who = (group: RankEntry[]): string => (group.length > 1 ? w.tied(names(group)) : names(group));
    parts.push(w.highest(who(top), fmt.total(first.total), fmt.grade(first.grade)));
    if (last.rank !== first.rank) parts.push(w.lowest(who(bottom), fmt.total(last.total), fmt.grade(last.grade)));
    const counts = grades
      .map((g) => [g, ranked.filter((e) => e.grade === g).length] as const)
      .filter(([, n]) => n > 0)
      .map(([g, n]) => w.gradeCount(fmt.grade(g), fmt.count(n)));
    if (counts.length > 0) parts.push(w.grades(counts.join(s.list)));
    const groups: RankEntry[][] = [];
    for (const e of ranked) {
      if (!e.tied) continue;
      const open = groups.at(-1);
      if (open && open[0]!.rank === e.rank) open.push(e);
      else groups.push([e]);
    }
    if (groups.length === 0) parts.push(w.noTies);
    else {
      const listed = groups
        .slice(0, SHOWN)
        .map((g) => w.tie(s.rank(fmt.count(g[0]!.rank!), true), names(g), fmt.total(g[0]!.total)));
      const more = groups.length > SHOWN ? ` ${w.more(fmt.count(groups.length - SHOWN))}` : '';
      parts.push(w.ties(fmt.count(groups.length), `${listed.join(s.list)}${more}`));
    }
  }
  const ruled = entries.filter((e) => e.gradeRules.length > 0);
  if (ruled.length > 0) {
    const listed = ruled
      .slice(0, SHOWN)
      .map(
        (e) =>
          `${name(e)}${fmt.lang === 'zh-CN' ? '（' : ' ('}${fmt.grade(e.grade)}${fmt.lang === 'zh-CN' ? '）' : ')'}`,
      );
    parts.push(
      w.ruled(
        `${listed.join(s.list)}${ruled.length > SHOWN ? ` ${w.moreNames(fmt.count(ruled.length - SHOWN))}` : ''}`,
      ),
    );
  }
  const without = entries.length - ranked.length;
  if (without > 0) parts.push(w.noTotal(fmt.count(without)));

  if (unit !== null) {
    const e = entries.find((x) => x.unit === unit);
    if (!e) parts.push(w.missing(unit));
    else if (e.rank === null) parts.push(w.highlightNoTotal(name(e)));
    else {
      const c = e.change;
      const change =
        c.kind === 'none' || previous === null
          ? ''
          : w.change(
              c.kind,
              c.kind === 'up'
                ? s.change.up(fmt.count(c.places))
                : c.kind === 'down'
                  ? s.change.down(fmt.count(c.places))
                  : s.change[c.kind],
              previous,
            );
      parts.push(w.highlight(name(e), s.rankOf(s.rank(fmt.count(e.rank), e.tied), fmt.count(ranked.length)), change));
    }
  }
  return `${parts.join(s.sep)}${s.end}`;
}
