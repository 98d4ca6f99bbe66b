import {
  type Lang,
  type LocalizedLabel,
  type Status,
  IndicatorProgressStatusSchema,
  statusLabels,
  type Assessment,
  type Bundle,
  trendRun,
  type Indicator,
  type YearValue,
  statusSeverity,
  worstStatus,
  observedSeries,
  directionOf,
  cellWording,
} from '@eco-reform/core/display';
import { engine } from '../../shared/load-engine.js';
import { measuresAsOf } from '../../shared/as-of.js';
import type { ScorecardData } from '../../shared/assessment-data.js';

/**
 * Which rows the scorecard lists: the area tree, every indicator, or the measures (重点任务).
 *
 * @category Layout
 * @example
 * el.view = 'measures' // ScorecardViewMode: 'areas' | 'indicators' | 'measures'
 */
export type ScorecardViewMode = 'areas' | 'indicators' | 'measures';
/**
 * How rows are ordered among their siblings.
 *
 * @category Layout
 * @example
 * el.sort = 'score-desc' // ScorecardSort: 'framework' | 'score-desc' | 'score-asc' | 'status'
 */
export type ScorecardSort = 'framework' | 'score-desc' | 'score-asc' | 'status';

/**
 * A trend arrow with its run length, in words as well as in the arrow.
 *
 * @category Layout
 * @example
 * { arrow: '↑', text: '3 yrs', label: 'improving for 3 years in a row' }
 */
export interface TrendCell {
  arrow: '↑' | '↓' | '→';
  /** E.g. "3 yrs", "3年". */
  text: string;
  /** E.g. "improving for 3 years in a row". */
  label: string;
}

/**
 * One row of the scorecard table: an area, an indicator, or a measure.
 *
 * @category Layout
 * @example
 * scorecardLayout(data, { unit: 'gangkou', lang: 'zh-CN', expanded: new Set() })?.rows[1]
 * //=> { kind: 'area', id: 'env', score: '27.8', status: 'deteriorating', expandable: true, … }
 */
export interface ScorecardRow {
  kind: 'area' | 'indicator' | 'measure';
  id: string;
  depth: number;
  title: string;
  score: string;
  points: string;
  weight: string;
  /** Actual value as text (indicators only; with its unit from a bundle). */
  value: string;
  /** The target as a phrase, e.g. "at most 32 µg/m³", "yes required" (indicators, from a bundle: the core's `cellWording`). */
  target: string;
  /** The gap by the side the value is on, e.g. "10.8 µg/m³ above the ceiling" (indicators, from a bundle). */
  gap: string;
  /** The value as a share of the target, or of a ceiling, e.g. "133.8% of the ceiling"; '' when none applies. */
  completion: string;
  trend: TrendCell | null;
  /** Responsible unit (indicators) or lead unit (measures). */
  responsible: string;
  /** Measures: owner / doer / checker (有人管、有人干、有人问). */
  people: { owner: string; doer: string; checker: string } | null;
  /** Measures: the next time node and its due date, and days overdue. */
  node: string;
  overdueDays: number;
  status: Status;
  /** Areas: whether the row can expand, and whether it is expanded. */
  expandable: boolean;
  expanded: boolean;
  /** For sorting: the 0–100 score, or null. */
  sortScore: number | null;
}

/**
 * A goal's progress for the unit: how many of its indicators are in each status.
 *
 * @category Layout
 * @example
 * scorecardLayout(data, { unit: 'gangkou', lang: 'en', expanded: new Set() })?.goals[0]
 * //=> { id: 'design', title: 'Top-level design', status: 'limited', counts: '1 Moderate progress · 1 Limited progress' }
 */
export interface GoalSummary {
  id: string;
  title: string;
  status: Status;
  /** E.g. "2 Achieved · 1 Limited progress" (the core's `statusLabels`). */
  counts: string;
}

/**
 * What the scorecard shows for one unit, all numbers already formatted for the language.
 *
 * @category Layout
 * @example
 * scorecardLayout(data, { unit: 'gangkou', lang: 'zh-CN', expanded: new Set() })
 * //=> { unit: 'gangkou', name: '港口区', period: '2025', total: '54.1', grade: '不合格', rank: '第 6 / 6 名', rows: […], … }
 */
export interface ScorecardView {
  units: Array<{ id: string; name: string }>;
  unit: string;
  name: string;
  period: string;
  total: string;
  grade: string;
  rank: string;
  view: ScorecardViewMode;
  rows: ScorecardRow[];
  /** Goal roll-up (bundles only; empty otherwise). */
  goals: GoalSummary[];
  /** Whether targets, trends and responsible units are known (bundles). */
  detailed: boolean;
}

/**
 * Options of {@link scorecardLayout}.
 *
 * @category Layout
 * @example
 * scorecardLayout(data, { unit: 'gangkou', lang: 'zh-CN', expanded: new Set(['env']), view: 'areas', sort: 'status', filter: 'limited' })
 */
export interface ScorecardOptions {
  unit?: string | null;
  lang: Lang;
  expanded: ReadonlySet<string>;
  view?: ScorecardViewMode;
  sort?: ScorecardSort;
  /** Show only rows with this status (areas stay when one of their indicators has it). */
  filter?: Status | null;
  /** Measures: the date statuses are judged at; default the last day of the period. */
  asOf?: string | null;
}

const YES_NO = { 'zh-CN': { yes: '是', no: '否' }, en: { yes: 'yes', no: 'no' } } as const;

/**
 * Builds the scorecard's view of one unit: the header (total, grade, rank), the goal roll-up, and
 * the rows of the chosen view — the area tree (each area followed by its indicators when
 * expanded), every indicator, or the measures with their owner / doer / checker and next node —
 * sorted and filtered. An area's status is its worst indicator status (ignoring indicators without
 * data). Targets, variance, trends and responsible units need the bundle; with a precomputed
 * assessment they show "—". Pure: no DOM, tested in Node.
 *
 * @category Layout
 * @example
 * scorecardLayout({ assessment, bundle: null }, { unit: 'gangkou', lang: 'en', expanded: new Set() })?.total //=> '54.1'
 */
export function scorecardLayout(data: ScorecardData, options: ScorecardOptions): ScorecardView | null {
  const { assessment, bundle } = data;
  const { lang, expanded } = options;
  const view = options.view ?? 'areas';
  const t = (l: LocalizedLabel | { zh?: string | undefined; en?: string | undefined } | undefined): string =>
    l === undefined ? '' : lang === 'zh-CN' ? l.zh || l.en || '' : l.en || l.zh || '';
  const u = Math.max(
    0,
    assessment.units.findIndex((x) => x.id === options.unit),
  );
  const unit = assessment.units[u];
  const result = assessment.results[u];
  if (!unit || !result) return null;
  const digits = assessment.scheme.rounding.digits;
  // One formatter per shape: building an Intl.NumberFormat costs far more than using one.
  const formats = new Map<number, Intl.NumberFormat>();
  const number = (x: number | null, d: number): string => {
    if (x === null) return '—';
    let f = formats.get(d);
    if (!f) formats.set(d, (f = new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d })));
    return f.format(x);
  };
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const pct = (x: number | null): string => (x === null ? '—' : percent.format(x));
  const text = (v: number | boolean | null | undefined): string =>
    v === null || v === undefined
      ? '—'
      : typeof v === 'boolean'
        ? v
          ? YES_NO[lang].yes
          : YES_NO[lang].no
        : number(v, Number.isInteger(v) ? 0 : 1);
  const m = assessment.indicators.length;
  const framework = bundle?.framework ?? null;
  const unitName = (id: string | undefined): string => {
    if (id === undefined) return '—';
    const known = framework?.units.find((x) => x.id === id) ?? assessment.units.find((x) => x.id === id);
    return known ? t(known.name) : id;
  };
  const series = bundle ? yearlySeries(bundle, unit.id, assessment.period) : null;
  const indicatorRow = (i: number, depth: number): ScorecardRow => {
    const ind = assessment.indicators[i]!;
    const cell = u * m + i;
    const raw = assessment.cells.raw[cell] ?? null;
    const declared = framework?.indicators.find((x) => x.id === ind.id);
    // The target the assessment judged the cell against, worded by the core.
    const words = declared
      ? cellWording(
          {
            indicator: declared,
            value: raw,
            target: assessment.cells.target[cell] ?? null,
          },
          lang,
        )
      : null;
    const score = assessment.cells.normalized[cell] ?? null;
    return {
      kind: 'indicator',
      id: ind.id,
      depth,
      title: t(ind.title),
      score: number(score, 1),
      points: number(assessment.cells.points[cell] ?? null, 2),
      weight: pct(assessment.cells.weightUsed[cell] ?? null),
      value: words ? words.value : text(raw),
      target: words ? words.target : '—',
      gap: words ? words.gap : '—',
      completion: words ? words.completion : '',
      trend: declared && series ? trendCell(series.get(declared.id) ?? [], declared, lang) : null,
      responsible: declared ? unitName(declared.responsible) : '—',
      people: null,
      node: '',
      overdueDays: 0,
      status: assessment.cells.status[cell] ?? 'noData',
      expandable: false,
      expanded: false,
      sortScore: score,
    };
  };
  const indicatorsOf = (areaId: string): number[] =>
    assessment.indicators.flatMap((ind, i) => (ind.area === areaId ? [i] : []));
  const filter = options.filter ?? null;
  const order = <T extends { status: Status; sortScore: number | null }>(list: T[]): T[] =>
    sortRows(list, options.sort ?? 'framework');

  let rows: ScorecardRow[] = [];
  if (view === 'areas') {
    const visit = (areaId: string, depth: number): ScorecardRow[] => {
      const k = assessment.areas.findIndex((a) => a.id === areaId);
      const area = assessment.areas[k]!;
      const r = result.areas[k]!;
      const children = order(indicatorsOf(area.id).map((i) => indicatorRow(i, depth + 1)));
      const status = worstStatus(children.map((c) => c.status));
      const subAreas = order(
        assessment.areas
          .filter((a) => a.parent === area.id)
          .map((a) => ({
            id: a.id,
            status: 'noData' as Status,
            sortScore: result.areas[assessment.areas.indexOf(a)]!.score,
          })),
      );
      const nested = subAreas.flatMap((a) => visit(a.id, depth + 1));
      const matches =
        filter === null || status === filter || children.some((c) => c.status === filter) || nested.length > 0;
      if (!matches) return [];
      const row: ScorecardRow = {
        kind: 'area',
        id: area.id,
        depth,
        title: t(area.title),
        score: number(r.score, 1),
        points: number(r.points, digits),
        weight: pct(r.weightUsed),
        value: '',
        target: '',
        gap: '',
        completion: '',
        trend: null,
        responsible: '',
        people: null,
        node: '',
        overdueDays: 0,
        status,
        expandable: children.length > 0,
        expanded: expanded.has(area.id) || (filter !== null && children.some((c) => c.status === filter)),
        sortScore: r.score,
      };
      const shown = row.expanded ? children.filter((c) => filter === null || c.status === filter) : [];
      return [row, ...shown, ...nested];
    };
    const roots = order(
      assessment.areas
        .filter((a) => a.parent === null)
        .map((a) => ({
          id: a.id,
          status: 'noData' as Status,
          sortScore: result.areas[assessment.areas.indexOf(a)]!.score,
        })),
    );
    rows = roots.flatMap((a) => visit(a.id, 0));
  } else if (view === 'indicators') {
    rows = order(assessment.indicators.map((_, i) => indicatorRow(i, 0))).filter(
      (r) => filter === null || r.status === filter,
    );
  } else if (framework) {
    const asOf = measuresAsOf(assessment.period, options.asOf ?? null);
    const related = framework.measures.filter((x) => x.lead === unit.id || x.cooperating.includes(unit.id));
    const measures = related.length > 0 ? related : framework.measures;
    rows = order(
      measures.map((x) => {
        const s = engine().measureStatus(x, bundle!.reports, asOf, framework.scheme.measureThresholds);
        const node = s.node ? x.nodes.find((n) => n.id === s.node!.id) : undefined;
        const person = (p: (typeof x)['owner']): string => {
          if (!p) return '—';
          const who = `${t(p.position)}${p.name ? ` ${t(p.name)}` : ''}`;
          return lang === 'zh-CN' ? `${who}（${unitName(p.unit)}）` : `${who} (${unitName(p.unit)})`;
        };
        return {
          kind: 'measure' as const,
          id: x.id,
          depth: 0,
          title: t(x.title),
          score: '',
          points: '',
          weight: '',
          value: '',
          target: '',
          gap: '',
          completion: '',
          trend: null,
          responsible: [x.lead, ...x.cooperating].map(unitName).join(lang === 'zh-CN' ? '、' : ', '),
          people: { owner: person(x.owner), doer: person(x.doer), checker: person(x.checker) },
          node: node && s.node ? `${t(node.title)} · ${s.node.due}` : '—',
          overdueDays: s.overdueDays,
          status: s.status,
          expandable: false,
          expanded: false,
          sortScore: null,
        };
      }),
    ).filter((r) => filter === null || r.status === filter);
  }
  const grade = assessment.scheme.grades.find((g) => g.id === result.grade);
  const ranked = assessment.results.filter((r) => r.rank !== null).length;
  return {
    units: assessment.units.map((x) => ({ id: x.id, name: t(x.name) })),
    unit: unit.id,
    name: t(unit.name),
    period: assessment.period,
    total: number(result.total, digits),
    grade: grade ? t(grade.label) : '—',
    rank:
      result.rank === null
        ? '—'
        : lang === 'zh-CN'
          ? `第 ${result.rank} / ${ranked} 名`
          : `${result.rank} of ${ranked}`,
    view,
    rows,
    goals: framework ? goalSummaries(framework, assessment, u, lang, t) : [],
    detailed: framework !== null,
  };
}

/** Stable sort of sibling rows; `framework` keeps the declared order. */
function sortRows<T extends { status: Status; sortScore: number | null }>(rows: T[], sort: ScorecardSort): T[] {
  const keyed = rows.map((row, k) => ({ row, k }));
  const byScore =
    (dir: 1 | -1) =>
    (a: { row: T; k: number }, b: { row: T; k: number }): number => {
      const x = a.row.sortScore;
      const y = b.row.sortScore;
      if (x === null || y === null) return x === y ? a.k - b.k : x === null ? 1 : -1;
      return x === y ? a.k - b.k : (x - y) * dir;
    };
  switch (sort) {
    case 'framework':
      return rows;
    case 'score-desc':
      return keyed.sort(byScore(-1)).map((e) => e.row);
    case 'score-asc':
      return keyed.sort(byScore(1)).map((e) => e.row);
    case 'status':
      return keyed
        .sort((a, b) => statusSeverity(a.row.status) - statusSeverity(b.row.status) || a.k - b.k)
        .map((e) => e.row);
  }
}

/** Each goal's progress for unit `u`: its indicators' worst status and how many are in each. */
export function goalSummaries(
  framework: Bundle['framework'],
  assessment: Assessment,
  u: number,
  lang: Lang,
  t: (l: { zh?: string | undefined; en?: string | undefined }) => string,
): GoalSummary[] {
  const m = assessment.indicators.length;
  const key = lang === 'zh-CN' ? 'zh' : 'en';
  return framework.goals.map((g) => {
    const statuses = g.indicators.flatMap((id) => {
      const i = assessment.indicators.findIndex((x) => x.id === id);
      return i < 0 ? [] : [assessment.cells.status[u * m + i] ?? 'noData'];
    });
    const counts = IndicatorProgressStatusSchema.options
      .map((s) => [s, statuses.filter((x) => x === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${statusLabels[s][key]}`);
    return { id: g.id, title: t(g.title), status: worstStatus(statuses), counts: counts.join(' · ') || '—' };
  });
}

const WORDS = {
  'zh-CN': {
    improving: '改善',
    worsening: '恶化',
    flat: '持平',
    years: (n: number) => `${n}年`,
    run: (w: string, n: number) => `连续${n}年${w}`,
  },
  en: {
    improving: 'improving',
    worsening: 'worsening',
    flat: 'flat',
    years: (n: number) => `${n} yr${n === 1 ? '' : 's'}`,
    run: (w: string, n: number) => `${w} for ${n} year${n === 1 ? '' : 's'} in a row`,
  },
} as const;

/**
 * One unit's yearly numeric values up to `period`, by indicator id, in year order, each year's value
 * the one the assessment scores (the core's `observedSeries`): one pass over the observations for
 * the whole scorecard, not one per row.
 */
export function yearlySeries(bundle: Bundle, unitId: string, period: string): Map<string, YearValue[]> {
  const end = Number(period.slice(0, 4));
  const out = new Map<string, YearValue[]>();
  for (const [indicator, points] of observedSeries(bundle.observations, unitId)) {
    const years = points.flatMap((p) =>
      /^\d{4}$/.test(p.period) && Number(p.period) <= end && typeof p.value === 'number'
        ? [{ year: Number(p.period), value: p.value }]
        : [],
    );
    if (years.length > 0) out.set(indicator, years);
  }
  return out;
}

/** The trend arrow of a series (the core's `trendRun`), with its run length in words; `null` with fewer than two values. */
export function trendCell(series: ReadonlyArray<YearValue>, indicator: Indicator, lang: Lang): TrendCell | null {
  const r = trendRun(series, { direction: directionOf(indicator) });
  if (r.trend === 'none') return null;
  const words = WORDS[lang];
  return {
    arrow: r.trend === 'improving' ? '↑' : r.trend === 'worsening' ? '↓' : '→',
    text: words.years(r.run),
    label: words.run(words[r.trend], r.run),
  };
}
