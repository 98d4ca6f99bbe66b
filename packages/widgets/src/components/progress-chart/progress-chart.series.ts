import {
  expectedAt,
  meetsTarget,
  parsePeriod,
  periodInterval,
  planFor,
  progressUnsd,
  trendRun,
  type Bundle,
  type Comparator,
  type Indicator,
  type IndicatorProgressStatus,
  type LocalizedLabel,
  type LocalizedText,
} from '@eco-reform/core/display';
import { periodEnd, periodSequence, periodsInOrder } from './progress-chart.periods.js';
import { statusLookup } from './progress-chart.status.js';

/**
 * A period of the actual series. Yes/no values are drawn as 1 and 0.
 *
 * @category Layout
 * @example
 * series.latest //=> { period: '2025', t: …, value: 42.8, planned: 32, note: null } (Gangkou's PM2.5)
 */
export interface ProgressPoint {
  period: string;
  /** The day number of the period's last day (the time axis). */
  t: number;
  /** The observed value; `null` when the period has no value: the line breaks there. */
  value: number | null;
  /** The planned value on the same date (the core's `expectedAt`), or `null`. */
  planned: number | null;
  /** The observation's note, shown as an annotation. */
  note: string | null;
}

/**
 * A value placed on the time axis: baseline, milestone, target or a projected value.
 *
 * @category Layout
 * @example
 * series.target //=> { period: '2026', t: …, value: 30, comparator: '<=' } (Gangkou's PM2.5)
 */
export interface ProgressKnot {
  period: string;
  t: number;
  value: number;
}

/**
 * The target, with how a value is compared with it.
 *
 * @category Layout
 * @example
 * series.target.comparator //=> '<=' (PM2.5: at most the target)
 */
export interface ProgressTarget extends ProgressKnot {
  comparator: Comparator;
}

/**
 * The latest trend of the actual series (the core's `trendRun`), with periods instead of indices.
 *
 * @category Layout
 * @example
 * series.trend //=> { trend: 'improving', run: 5, from: '2020', to: '2025' } (Xihu's PM2.5)
 */
export interface ProgressTrend {
  trend: 'improving' | 'worsening' | 'flat' | 'none';
  /** Consecutive changes in that direction, ending at the latest value. */
  run: number;
  from: string | null;
  to: string | null;
}

/**
 * Where the observed pace leads: the core's `progressUnsd` (the UNSD Progress Chart projection,
 * growth from the first observed year to the latest compounded to the target year), drawn as a
 * straight line from the latest value to the target date. Annual series only, as the method is.
 *
 * @category Layout
 * @example
 * series.projection?.meets //=> false: at the growth rate since 2020 Gangkou's PM2.5 would be 42.5 in 2026, above the target 30
 */
export interface ProgressProjection {
  from: ProgressKnot;
  to: ProgressKnot;
  /** Compound annual growth rate from the first observed value to the latest (`progressUnsd`'s `cagr`). */
  growthRate: number;
  /** Whether the projected value meets the target. */
  meets: boolean;
}

/**
 * Everything the chart shows for one indicator and one unit, as plain data.
 *
 * @category Layout
 * @example
 * const r = progressSeries(bundle, { indicator: 'pm25', unit: 'gangkou' });
 * if (r.ok) r.value.status //=> 'deteriorating'
 */
export interface ProgressSeries {
  indicator: string;
  unit: string;
  title: LocalizedLabel;
  unitName: LocalizedLabel;
  unitOfMeasure: LocalizedLabel;
  /** `boolean` for yes/no indicators (drawn as steps between 0 and 1). */
  kind: 'number' | 'boolean';
  /** *1* higher is better, *-1* lower is better. */
  direction: 1 | -1;
  /** Every period from the first to the last observation, missing ones with `value: null`. */
  points: ProgressPoint[];
  /** The planned trajectory from the baseline through the milestones to the target. */
  plan: ProgressKnot[];
  baseline: ProgressKnot;
  milestones: ProgressKnot[];
  /** The unit's target (a class target for one of its tags, else the indicator's). */
  target: ProgressTarget;
  /** The acceptable range of a `band` indicator. */
  band: { min: number; max: number } | null;
  /** The latest period with a value. */
  latest: ProgressPoint | null;
  /** The assessed status of the latest value. */
  status: IndicatorProgressStatus;
  trend: ProgressTrend;
  projection: ProgressProjection | null;
  /** Decimals the observations carry (0–3), for formatting. */
  digits: number;
}

/**
 * Options of {@link progressSeries}.
 *
 * @category Layout
 * @example
 * progressSeries(bundle, { indicator: 'pm25', unit: 'xihu', status: () => 'onTrack' })
 */
export interface ProgressSeriesOptions {
  indicator: string;
  unit: string;
  /** The status of the indicator for the unit in a period; default: the core's `assess`. */
  status?: (period: string) => IndicatorProgressStatus;
}

/**
 * The series, or which id the bundle does not have.
 *
 * @category Layout
 * @example
 * progressSeries(bundle, { indicator: 'pm99', unit: 'xihu' }) //=> { ok: false, missing: 'indicator', id: 'pm99' }
 */
export type ProgressSeriesResult =
  | { ok: true; value: ProgressSeries }
  | { ok: false; missing: 'indicator' | 'unit'; id: string };

const label = (t: LocalizedText | undefined): LocalizedLabel => ({
  zh: t?.zh ?? t?.en ?? '',
  en: t?.en ?? t?.zh ?? '',
});
const num = (v: number | boolean): number => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
const MAX_DIGITS = 3;
/** Decimals `v` is written with (its shortest round-trip text), at most {@link MAX_DIGITS}; exponent notation counts as the most. */
function decimals(v: number): number {
  const text = String(v);
  if (text.includes('e')) return MAX_DIGITS;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(MAX_DIGITS, text.length - dot - 1);
}
/** The most decimals any value carries (at most {@link MAX_DIGITS}); stops looking once it reaches that. */
function digitsOf(values: ReadonlyArray<{ value: number }>): number {
  let most = 0;
  for (let k = 0; k < values.length && most < MAX_DIGITS; k++) most = Math.max(most, decimals(values[k]!.value));
  return most;
}

function knot(period: string, value: number | boolean): ProgressKnot | null {
  const t = periodEnd(period);
  return t === null ? null : { period, t, value: num(value) };
}

/** The plan: knots, plus year ends between them when the trajectory is compound (a curve). */
function planOf(indicator: Indicator, knots: ProgressKnot[]): ProgressKnot[] {
  if (indicator.trajectory !== 'compound') return knots;
  const out: ProgressKnot[] = [];
  knots.forEach((k, i) => {
    out.push(k);
    const next = knots[i + 1];
    if (!next) return;
    for (let y = Number(k.period.slice(0, 4)); y <= Number(next.period.slice(0, 4)); y++) {
      const p = knot(String(y), 0);
      if (!p || p.t <= k.t || p.t >= next.t) continue;
      const v = expectedAt(indicator, `${y}-12-31`);
      if (typeof v === 'number') out.push({ ...p, value: v });
    }
  });
  return out;
}

/**
 * Builds what `<eco-progress-chart>` draws for one indicator and unit from a parsed bundle: the
 * actual series in period order (the core's `comparePeriods`; the highest `revision` wins; a
 * missing period is a `null` break), the planned trajectory (the core's `expectedAt`, through
 * the milestones, on the unit's plan: `planFor`), the target, the status of the latest value,
 * the trend (`trendRun`) and, for annual series, the projection of `progressUnsd` to the target
 * year. Pure; no DOM.
 *
 * @param bundle - A bundle that passed `parseBundle`.
 * @param options - **indicator** and **unit** ids, and optionally a **status** lookup.
 * @returns `{ ok: true, value }`, or `{ ok: false, missing, id }` when an id is unknown.
 * @example
 * const s = progressSeries(bundle, { indicator: 'pm25', unit: 'gangkou' });
 * s.ok && s.value.latest //=> { period: '2025', value: 42.8, planned: 32, … }
 *
 * @category Layout
 */
export function progressSeries(bundle: Bundle, options: ProgressSeriesOptions): ProgressSeriesResult {
  const { framework } = bundle;
  const declared = framework.indicators.find((i) => i.id === options.indicator);
  if (!declared) return { ok: false, missing: 'indicator', id: options.indicator };
  const unit = framework.units.find((u) => u.id === options.unit);
  if (!unit) return { ok: false, missing: 'unit', id: options.unit };
  // The unit's plan, as the core's assess judges it: a class target replaces the target and its milestones.
  const indicator = planFor(declared, unit);
  const kind = indicator.polarity === 'boolean' || typeof indicator.target.value === 'boolean' ? 'boolean' : 'number';

  const latestRevision = new Map<string, Bundle['observations'][number]>();
  for (const o of bundle.observations) {
    if (o.indicator !== indicator.id || o.unit !== unit.id) continue;
    const seen = latestRevision.get(o.period);
    if (!seen || (o.revision ?? 0) >= (seen.revision ?? 0)) latestRevision.set(o.period, o);
  }
  const observed = periodsInOrder([...latestRevision.keys()]);
  const sequence =
    observed.length > 1 ? periodSequence(observed[0]!.period, observed[observed.length - 1]!.period) : null;
  const periods = sequence ? sequence.map((period) => ({ period, end: periodEnd(period) })) : observed;
  const points: ProgressPoint[] = [];
  for (const { period, end: t } of periods) {
    if (t === null) continue;
    const o = latestRevision.get(period);
    const v = o?.value ?? null;
    const planned = expectedAt(indicator, periodInterval(period)!.end);
    points.push({
      period,
      t,
      value: v === null || (kind === 'number' && typeof v === 'boolean') ? null : num(v),
      planned: planned === null ? null : num(planned),
      note: o?.note ?? null,
    });
  }

  const baseline = knot(indicator.baseline.period, indicator.baseline.value)!;
  const milestones = (indicator.milestones ?? [])
    .map((m) => knot(m.period, m.value))
    .filter((k): k is ProgressKnot => k !== null);
  const target: ProgressTarget = {
    ...knot(indicator.target.period, indicator.target.value)!,
    comparator: indicator.target.comparator,
  };
  const knots = [baseline, ...milestones, target].sort((a, b) => a.t - b.t);
  const plan = kind === 'boolean' ? [baseline, target] : planOf(indicator, knots);

  const present = points.filter((p): p is ProgressPoint & { value: number } => p.value !== null);
  const latest = present[present.length - 1] ?? null;
  const first = present[0];
  const direction = indicator.polarity === 'lower' ? -1 : 1;
  const run = trendRun(
    present.map((p, k) => ({ year: k, value: p.value })),
    { direction },
  );
  const at = (k: number | null): string | null => (k === null ? null : (present[k]?.period ?? null));
  let projection: ProgressProjection | null = null;
  const annual = [...present.map((p) => p.period), target.period].every((p) => parsePeriod(p)?.kind === 'year');
  if (kind === 'number' && annual && latest && first && latest.t > first.t && target.t > latest.t) {
    const unsd = progressUnsd(
      present.map((p) => ({ year: Number(p.period), value: p.value })),
      { direction, target: target.value, targetYear: Number(target.period) },
    );
    // No projection where the method gives none: the latest value already meets the target, or the growth rate is undefined.
    if (typeof unsd.projected === 'number' && unsd.cagr !== null) {
      projection = {
        from: { period: latest.period, t: latest.t, value: latest.value },
        to: { period: target.period, t: target.t, value: unsd.projected },
        growthRate: unsd.cagr,
        meets: meetsTarget(unsd.projected, target.value, target.comparator),
      };
    }
  }
  const status = latest
    ? (options.status ?? ((p) => statusLookup(bundle, [unit.id])(indicator.id, unit.id, p)))(latest.period)
    : 'noData';
  return {
    ok: true,
    value: {
      indicator: indicator.id,
      unit: unit.id,
      title: label(indicator.title),
      unitName: label(unit.name),
      unitOfMeasure: label(indicator.unitOfMeasure),
      kind,
      direction,
      points,
      plan,
      baseline,
      milestones,
      target,
      band: indicator.polarity === 'band' && indicator.band ? { ...indicator.band } : null,
      latest,
      status,
      trend: { trend: run.trend, run: run.run, from: at(run.from), to: at(run.to) },
      projection,
      digits: digitsOf(present),
    },
  };
}
