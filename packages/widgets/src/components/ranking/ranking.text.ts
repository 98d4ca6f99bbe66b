import type { RankEntry, RankingFormat } from './ranking.layout.js';

/**
 * The ranking's words in each language it speaks. Data texts (unit names, grade labels, rule
 * reasons) come from the assessment; numbers are formatted with `Intl.NumberFormat` by the caller.
 *
 * @category Widgets
 * @example
 * rankingText.en.rank('2', true) //=> 'T2'
 */
export const rankingText = {
  'zh-CN': {
    loading: '正在加载考核数据…',
    error: '无法显示排名',
    empty: '没有数据',
    noUnits: '该时期没有参与考核的单位',
    comparedWith: (period: string) => `与${period}比较`,
    caption: (period: string) => `${period}考核排名`,
    rankHead: '排名',
    unitHead: '单位',
    totalHead: '总分',
    gradeHead: '等次',
    changeHead: (previous: string | null) => (previous ? `较${previous}名次变化` : '名次变化'),
    noteHead: '说明',
    rank: (n: string, tied: boolean) => (tied ? `并列第${n}` : `第${n}`),
    rankOf: (rank: string, n: string) => `${rank}名（共 ${n} 名）`,
    change: {
      up: (n: string) => `上升 ${n} 位`,
      down: (n: string) => `下降 ${n} 位`,
      same: '持平',
      new: '新进排名',
      none: '—',
    },
    noTotal: '无总分',
    noTotalNote: (why: string) => `无法计算总分，排在最后${why ? `（${why}）` : ''}`,
    ruleGrade: (reasons: string) => `等次由规则确定：${reasons}`,
    highlighted: '当前',
    bands: '等次区间',
    atLeast: (v: string) => `≥\u00a0${v}`,
    above: (v: string) => `>\u00a0${v}`,
    below: (v: string) => `<\u00a0${v}`,
    atMost: (v: string) => `≤\u00a0${v}`,
    tieNote: '“并列第N”：总分相同的单位名次相同，其后名次顺延（如 1、2、2、4）。',
    pages: '分页',
    previousPage: '上一页',
    nextPage: '下一页',
    pageOf: (k: string, n: string, from: string, to: string, total: string) =>
      `第 ${k} 页，共 ${n} 页（第 ${from}–${to} 个，共 ${total} 个单位）`,
    list: '、',
    sep: '；',
    end: '。',
    summary: {
      units: (n: string, period: string, previous: string | null) =>
        `${period}共 ${n} 个单位参与考核${previous ? `（名次变化与${previous}比较）` : ''}`,
      highest: (who: string, total: string, grade: string) => `最高：${who} ${total} 分（${grade}）`,
      lowest: (who: string, total: string, grade: string) => `最低：${who} ${total} 分（${grade}）`,
      tied: (names: string) => `${names}（并列）`,
      grades: (parts: string) => `等次：${parts}`,
      gradeCount: (label: string, n: string) => `${label} ${n} 个`,
      noTies: '无并列',
      ties: (n: string, list: string) => `并列 ${n} 处：${list}`,
      tie: (rank: string, names: string, total: string) => `${rank} ${names}（${total} 分）`,
      more: (n: string) => `等 ${n} 处`,
      moreNames: (n: string) => `等 ${n} 个`,
      noTotal: (n: string) => `${n} 个单位无法计算总分，排在最后`,
      ruled: (names: string) => `等次由规则确定：${names}`,
      highlight: (name: string, rank: string, change: string) =>
        `${name}（当前）：${rank}${change ? `，${change}` : ''}`,
      highlightNoTotal: (name: string) => `${name}（当前）：无法计算总分`,
      missing: (id: string) => `单位“${id}”不在本次排名中`,
      change: (kind: 'up' | 'down' | 'same' | 'new', words: string, previous: string) =>
        kind === 'new' ? `${previous}未参与排名` : kind === 'same' ? `与${previous}持平` : `较${previous}${words}`,
    },
  },
  en: {
    loading: 'Loading the assessment…',
    error: 'The ranking cannot be shown',
    empty: 'No data',
    noUnits: 'No unit was assessed for this period',
    comparedWith: (period: string) => `change since ${period}`,
    caption: (period: string) => `Ranking · ${period}`,
    rankHead: 'Rank',
    unitHead: 'Unit',
    totalHead: 'Total',
    gradeHead: 'Grade',
    changeHead: (previous: string | null) => (previous ? `Change since ${previous}` : 'Change'),
    noteHead: 'Note',
    rank: (n: string, tied: boolean) => (tied ? `T${n}` : `${n}`),
    rankOf: (rank: string, n: string) => `rank ${rank} of ${n}`,
    change: {
      up: (n: string) => `up ${n}`,
      down: (n: string) => `down ${n}`,
      same: 'unchanged',
      new: 'newly ranked',
      none: '—',
    },
    noTotal: 'no total',
    noTotalNote: (why: string) => `No total could be computed${why ? ` (${why})` : ''}; listed last`,
    ruleGrade: (reasons: string) => `Grade set by a rule: ${reasons}`,
    highlighted: 'highlighted',
    bands: 'Grade bands',
    atLeast: (v: string) => `≥\u00a0${v}`,
    above: (v: string) => `>\u00a0${v}`,
    below: (v: string) => `<\u00a0${v}`,
    atMost: (v: string) => `≤\u00a0${v}`,
    tieNote:
      '“T2” means tied for 2nd: units with the same total share the better rank, and the next rank is skipped (1, 2, 2, 4).',
    pages: 'Pages',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: (k: string, n: string, from: string, to: string, total: string) =>
      `Page ${k} of ${n} (units ${from}–${to} of ${total})`,
    list: ', ',
    sep: '; ',
    end: '.',
    summary: {
      units: (n: string, period: string, previous: string | null) =>
        `${n} units assessed for ${period}${previous ? ` (change of rank since ${previous})` : ''}`,
      highest: (who: string, total: string, grade: string) => `highest ${who} ${total} (${grade})`,
      lowest: (who: string, total: string, grade: string) => `lowest ${who} ${total} (${grade})`,
      tied: (names: string) => `${names} (tied)`,
      grades: (parts: string) => `grades: ${parts}`,
      gradeCount: (label: string, n: string) => `${n} ${label}`,
      noTies: 'no ties',
      ties: (n: string, list: string) => `${n} ${n === '1' ? 'tie' : 'ties'}: ${list}`,
      tie: (rank: string, names: string, total: string) => `${rank} ${names} (${total})`,
      more: (n: string) => `and ${n} more`,
      moreNames: (n: string) => `and ${n} more`,
      noTotal: (n: string) =>
        `${n} ${n === '1' ? 'unit has' : 'units have'} no total and ${n === '1' ? 'is' : 'are'} listed last`,
      ruled: (names: string) => `grade set by a rule: ${names}`,
      highlight: (name: string, rank: string, change: string) =>
        `${name} highlighted: ${rank}${change ? `, ${change}` : ''}`,
      highlightNoTotal: (name: string) => `${name} highlighted: no total`,
      missing: (id: string) => `unit “${id}” is not in this ranking`,
      change: (kind: 'up' | 'down' | 'same' | 'new', words: string, previous: string) =>
        kind === 'new' ? `not ranked in ${previous}` : `${words} since ${previous}`,
    },
  },
} as const;

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
