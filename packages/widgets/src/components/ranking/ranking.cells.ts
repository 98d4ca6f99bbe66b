import type { Lang } from '@eco-reform/core';
import type { RankingData } from './ranking.data.js';
import type { RankEntry, RankingFormat } from './ranking.entries.js';
import type { RankingRow } from './ranking.layout.js';
import { rankingText } from './ranking.text.js';

// The ranking's cell texts, shared by the layout's rows and the table twin so both say the same.

/** The table's column headings: rank, unit, total, grade, change since the previous period, note. */
export function tableHead(data: RankingData, fmt: RankingFormat): string[] {
  const s = rankingText[fmt.lang];
  const previous = data.previous ? fmt.period(data.previous.period) : null;
  return [s.rankHead, s.unitHead, s.totalHead, s.gradeHead, s.changeHead(previous), s.noteHead];
}

export type RowTexts = Pick<RankingRow, 'rankText' | 'totalText' | 'gradeText' | 'changeText' | 'changeArrow' | 'note'>;

/** One unit's cell texts: shared by the layout's rows and the table twin, so both say the same. */
export function rowTexts(e: RankEntry, fmt: RankingFormat, reasons: ReadonlyMap<string, string>): RowTexts {
  const s = rankingText[fmt.lang];
  const c = e.change;
  const changeText =
    c.kind === 'up'
      ? s.change.up(fmt.count(c.places))
      : c.kind === 'down'
        ? s.change.down(fmt.count(c.places))
        : s.change[c.kind];
  const changeArrow =
    c.kind === 'up' ? '↑' : c.kind === 'down' ? '↓' : c.kind === 'same' ? '→' : c.kind === 'new' ? '★' : '';
  const sep = fmt.lang === 'zh-CN' ? '；' : '; ';
  const note =
    e.rank === null
      ? s.noTotalNote(reasons.get(e.unit) ?? '')
      : e.gradeRules.length > 0
        ? s.ruleGrade(e.gradeRules.map((r) => fmt.t(r.reason)).join(sep))
        : '';
  return {
    rankText: e.rank === null ? '—' : s.rank(fmt.count(e.rank), e.tied),
    totalText: fmt.total(e.total),
    gradeText: fmt.grade(e.grade),
    changeText,
    changeArrow,
    note,
  };
}

/** Why units have no total: the first error the assessment reports for each, in the language. */
export function noTotalReasons(data: RankingData, lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of data.assessment.diagnostics) {
    if (d.severity !== 'error' || d.unit === undefined || out.has(d.unit)) continue;
    out.set(d.unit, lang === 'zh-CN' ? d.message.zh || d.message.en : d.message.en || d.message.zh);
  }
  return out;
}
