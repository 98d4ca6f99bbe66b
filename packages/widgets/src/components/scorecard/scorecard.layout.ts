import type { Assessment, IndicatorProgressStatus, Lang, LocalizedLabel } from '@eco-reform/core';

/** One row of the scorecard table: an area, or an indicator inside an expanded area. */
export interface ScorecardRow {
  kind: 'area' | 'indicator';
  id: string;
  depth: number;
  title: string;
  score: string;
  points: string;
  weight: string;
  /** Raw value as text (indicators only). */
  value: string;
  status: IndicatorProgressStatus;
  /** Areas: whether the row can expand, and whether it is expanded. */
  expandable: boolean;
  expanded: boolean;
}

/** What the scorecard shows for one unit, all numbers already formatted for the language. */
export interface ScorecardView {
  units: Array<{ id: string; name: string }>;
  unit: string;
  name: string;
  period: string;
  total: string;
  grade: string;
  rank: string;
  rows: ScorecardRow[];
}

const worst: ReadonlyArray<IndicatorProgressStatus> = ['deteriorating', 'limited', 'moderate', 'onTrack', 'achieved'];

/**
 * Builds the scorecard's view of one unit from an assessment: the header (total, grade, rank) and
 * the area tree, each area followed by its indicators when expanded. An area's status is its worst
 * indicator status (ignoring indicators without data). Pure: no DOM, tested in Node.
 */
export function scorecardLayout(assessment: Assessment, options: { unit?: string | null; lang: Lang; expanded: ReadonlySet<string> }): ScorecardView | null {
  const { lang, expanded } = options;
  const t = (l: LocalizedLabel): string => (lang === 'zh-CN' ? l.zh || l.en : l.en || l.zh);
  const u = Math.max(0, assessment.units.findIndex((x) => x.id === options.unit));
  const unit = assessment.units[u];
  const result = assessment.results[u];
  if (!unit || !result) return null;
  const digits = assessment.scheme.rounding.digits;
  const fmt = (x: number | null, d: number): string =>
    x === null ? '—' : new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
  const pct = (x: number | null): string => (x === null ? '—' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(x));
  const m = assessment.indicators.length;
  const rows: ScorecardRow[] = [];
  const depthOf = (id: string): number => {
    let depth = 0;
    for (let a = assessment.areas.find((x) => x.id === id); a?.parent; a = assessment.areas.find((x) => x.id === a!.parent)) depth++;
    return depth;
  };
  const visit = (areaId: string): void => {
    const k = assessment.areas.findIndex((a) => a.id === areaId);
    const area = assessment.areas[k]!;
    const r = result.areas[k]!;
    const indicators = assessment.indicators.map((ind, i) => [ind, i] as const).filter(([ind]) => ind.area === area.id);
    const statuses: IndicatorProgressStatus[] = indicators.map(([, i]) => assessment.cells.status[u * m + i]!).filter((s) => s !== 'noData');
    const status: IndicatorProgressStatus = worst.find((s) => statuses.includes(s)) ?? 'noData';
    const depth = depthOf(area.id);
    rows.push({
      kind: 'area', id: area.id, depth, title: t(area.title), score: fmt(r.score, 1), points: fmt(r.points, digits), weight: pct(r.weightUsed),
      value: '', status, expandable: indicators.length > 0, expanded: expanded.has(area.id),
    });
    if (expanded.has(area.id)) {
      for (const [ind, i] of indicators) {
        const cell = u * m + i;
        const raw = assessment.cells.raw[cell];
        rows.push({
          kind: 'indicator', id: ind.id, depth: depth + 1, title: t(ind.title),
          score: fmt(assessment.cells.normalized[cell] ?? null, 1), points: fmt(assessment.cells.points[cell] ?? null, 2),
          weight: pct(assessment.cells.weightUsed[cell] ?? null),
          value: raw === null || raw === undefined ? '—' : typeof raw === 'boolean' ? (raw ? (lang === 'zh-CN' ? '是' : 'yes') : (lang === 'zh-CN' ? '否' : 'no')) : fmt(raw, Number.isInteger(raw) ? 0 : 1),
          status: assessment.cells.status[cell] ?? 'noData', expandable: false, expanded: false,
        });
      }
    }
    for (const child of assessment.areas.filter((a) => a.parent === area.id)) visit(child.id);
  };
  for (const root of assessment.areas.filter((a) => a.parent === null)) visit(root.id);
  const grade = assessment.scheme.grades.find((g) => g.id === result.grade);
  const ranked = assessment.results.filter((r) => r.rank !== null).length;
  return {
    units: assessment.units.map((x) => ({ id: x.id, name: t(x.name) })),
    unit: unit.id,
    name: t(unit.name),
    period: assessment.period,
    total: fmt(result.total, digits),
    grade: grade ? t(grade.label) : '—',
    rank: result.rank === null ? '—' : lang === 'zh-CN' ? `第 ${result.rank} / ${ranked} 名` : `${result.rank} of ${ranked}`,
    rows,
  };
}
