import type { RedLineZone } from '../model/redLineZone.schema.js';
import type { RedLineTolerance } from '../model/redLineTolerance.schema.js';
import { comparePeriods } from '../observation/comparePeriods.js';
import type { LocalizedLabel } from '../vocabulary/lang.js';

/**
 * One way a zone can break the red-line rule.
 *
 * @category Accountability
 * @example
 * checkRedLines(framework.redLines, '2025')[0]?.breaches //=> ['areaReduced'] (Meixi: nanshan-forest, 12.4 → 12.05 km²)
 */
export type RedLineBreachKind = 'areaReduced' | 'functionDegraded' | 'natureChanged';

/**
 * A zone's check for one period.
 *
 * @category Accountability
 * @example
 * checkRedLines(framework.redLines, '2025')[1]
 * //=> { zone: 'beiling-forest', unit: 'beiling', grade: 'I', period: '2025', breaches: [], observed: { area: 21.3, functionIndex: 0.91, nature: 'forest' },
 * //     baseline: { area: 21.3, functionIndex: 0.9, nature: 'forest' }, message: { en: 'Beiling biodiversity zone (grade I), 2025: area, function and nature kept', … } }
 */
export interface RedLineFinding {
  zone: string;
  unit: string;
  grade: string;
  period: string;
  breaches: RedLineBreachKind[];
  /** What was observed in the period. */
  observed: RedLineState;
  /** The zone's baseline it was checked against: the declared one, as revised by the last approved adjustment in force. */
  baseline: RedLineState;
  /** The approved adjustment that set the baseline (the last one from a period not after this one), or `null`. */
  adjustment: { period: string; number: string; date: string } | null;
  /** Baseline − observed, area (km²) and function index; 0 when nothing was lost. */
  loss: { area: number; functionIndex: number };
  /** Losses within the survey tolerance, so not breaches. */
  withinTolerance: RedLineBreachKind[];
  /** What was found, in both languages, naming the zone by its name. */
  message: LocalizedLabel;
}

/**
 * A zone's area (km²), ecological function index and land-use nature: at the baseline or as observed.
 *
 * @category Accountability
 * @example
 * checkRedLines(framework.redLines, '2025')[0]?.observed //=> { area: 12.05, functionIndex: 0.87, nature: 'forest' } (Meixi: nanshan-forest)
 */
export interface RedLineState {
  area: number;
  functionIndex: number;
  nature: string;
}

/**
 * A red-line zone observed in a period, e.g. from a monitoring feed.
 *
 * @category Accountability
 * @example
 * const seen: RedLineObservation = { zone: 'nanshan-forest', period: '2025', area: 12.05, functionIndex: 0.87, nature: 'forest' };
 * checkRedLines(framework.redLines, [seen])[0]?.breaches //=> ['areaReduced']
 */
export interface RedLineObservation {
  zone: string;
  period: string;
  area: number;
  functionIndex: number;
  nature: string;
}

/**
 * Options of {@link checkRedLines}.
 *
 * @category Accountability
 * @example
 * const options: CheckRedLinesOptions = { period: '2025', tolerance: framework.redLineTolerance };
 */
export interface CheckRedLinesOptions {
  /** Only check this period. */
  period?: string;
  /** The survey tolerance of zones without their own (the framework's `redLineTolerance`). */
  tolerance?: RedLineTolerance;
}

const KIND_ZH: Record<RedLineBreachKind, string> = {
  areaReduced: '面积减少',
  functionDegraded: '功能降低',
  natureChanged: '性质改变',
};

/**
 * Whether a loss is beyond the tolerance. Differences of decimal figures carry binary noise (12.4 −
 * 12.39 is 0.0100000000000016): a loss within 1e-9 of the baseline's magnitude above the tolerance is
 * still read as within it. Without a tolerance any loss counts.
 */
function beyond(loss: number, tolerance: number | undefined, base: number): boolean {
  if (tolerance === undefined) return loss > 0;
  return loss - tolerance > 1e-9 * Math.max(1, Math.abs(base));
}

/** The zone's baseline in force in a period: the declared one with each approved adjustment from a period not after it applied in period order. */
function baselineInForce(
  zone: RedLineZone,
  period: string,
): { baseline: RedLineState; adjustment: RedLineFinding['adjustment'] } {
  const baseline: RedLineState = { ...zone.baseline };
  let adjustment: RedLineFinding['adjustment'] = null;
  const inForce = (zone.adjustments ?? [])
    .filter((a) => comparePeriods(a.period, period) <= 0)
    .sort((a, b) => comparePeriods(a.period, b.period));
  for (const a of inForce) {
    if (a.area !== undefined) baseline.area = a.area;
    if (a.functionIndex !== undefined) baseline.functionIndex = a.functionIndex;
    if (a.nature !== undefined) baseline.nature = a.nature;
    adjustment = { period: a.period, number: a.approval.number, date: a.approval.date };
  }
  return { baseline, adjustment };
}

/**
 * The seed's red-line rule, per zone and observed period: the area must not decrease, the
 * function index must not fall, and the land-use nature must not change (面积不减少、功能不降低、
 * 性质不改变), each against the zone's baseline in force in the period (the declared one as revised by
 * approved adjustments, with the approval recorded in the finding). An area or function loss within
 * the survey tolerance (the zone's, else `options.tolerance`) is no breach and is listed in
 * `withinTolerance`; a change of nature always is. Findings carry the control grade, the kinds and
 * the losses, so a scheme's rules can depend on them; breaches feed `assess` (`options.breaches`,
 * through `breachesByUnit`).
 *
 * @category Accountability
 * @param zones - The framework's red-line zones (with their baselines).
 * @param observations - What was observed: a list of {@link RedLineObservation}s (observations of
 *   unknown zones are ignored); or a period, to check only that period of the zones' own
 *   observations; default every observation the zones carry.
 * @param options - **period**: only check this period; **tolerance**: the framework's default survey tolerance.
 * @returns One finding per zone and period, breaches first (then by zone id and period).
 * @example
 * checkRedLines(framework.redLines, '2025').filter((f) => f.breaches.length > 0)
 * //=> [{ zone: 'nanshan-forest', unit: 'nanshan', grade: 'I', period: '2025', breaches: ['areaReduced'], … }]
 */
export function checkRedLines(
  zones: ReadonlyArray<RedLineZone>,
  observations?: ReadonlyArray<RedLineObservation> | string,
  options: CheckRedLinesOptions = {},
): RedLineFinding[] {
  const period = typeof observations === 'string' ? observations : options.period;
  const list: ReadonlyArray<RedLineObservation> = Array.isArray(observations)
    ? observations
    : zones.flatMap((z) => z.observations.map((o) => ({ zone: z.id, ...o })));
  const byId = new Map(zones.map((z) => [z.id, z]));
  const findings: RedLineFinding[] = [];
  for (const o of list) {
    const zone = byId.get(o.zone);
    if (!zone) continue;
    if (period !== undefined && o.period !== period) continue;
    const { baseline, adjustment } = baselineInForce(zone, o.period);
    const tolerance = zone.tolerance ?? options.tolerance ?? {};
    const loss = {
      area: Math.max(0, baseline.area - o.area),
      functionIndex: Math.max(0, baseline.functionIndex - o.functionIndex),
    };
    const breaches: RedLineBreachKind[] = [];
    const withinTolerance: RedLineBreachKind[] = [];
    const en: string[] = [];
    const zh: string[] = [];
    if (o.area < baseline.area) {
      if (beyond(loss.area, tolerance.area, baseline.area)) {
        breaches.push('areaReduced');
        en.push(`area ${o.area} km² below the baseline ${baseline.area} km²`);
        zh.push(`面积 ${o.area} 平方公里，低于基数 ${baseline.area} 平方公里`);
      } else withinTolerance.push('areaReduced');
    }
    if (o.functionIndex < baseline.functionIndex) {
      if (beyond(loss.functionIndex, tolerance.functionIndex, baseline.functionIndex)) {
        breaches.push('functionDegraded');
        en.push(`function index ${o.functionIndex} below ${baseline.functionIndex}`);
        zh.push(`功能指数 ${o.functionIndex}，低于基数 ${baseline.functionIndex}`);
      } else withinTolerance.push('functionDegraded');
    }
    if (o.nature !== baseline.nature) {
      breaches.push('natureChanged');
      en.push(`nature changed from ${baseline.nature} to ${o.nature}`);
      zh.push(`用地性质由 ${baseline.nature} 变为 ${o.nature}`);
    }
    if (withinTolerance.length > 0) {
      en.push(`a loss within the survey tolerance (${withinTolerance.join(', ')})`);
      zh.push(`减少量在调查误差范围内（${withinTolerance.map((k) => KIND_ZH[k]).join('、')}），不计为突破`);
    }
    if (adjustment !== null) {
      en.push(`baseline as adjusted by approval ${adjustment.number} of ${adjustment.date}`);
      zh.push(`基数按 ${adjustment.date} 批准的调整（${adjustment.number}）`);
    }
    // The zone by its name in each language (the other language's name, else its id, when one is missing).
    const nameEn = zone.name.en || zone.name.zh || zone.id;
    const nameZh = zone.name.zh || zone.name.en || zone.id;
    const periodZh = /^\d{4}$/.test(o.period) ? `${o.period}年` : o.period;
    findings.push({
      zone: zone.id,
      unit: zone.unit,
      grade: zone.grade,
      period: o.period,
      breaches,
      observed: { area: o.area, functionIndex: o.functionIndex, nature: o.nature },
      baseline,
      adjustment,
      loss,
      withinTolerance,
      message:
        breaches.length || en.length
          ? {
              en: `${nameEn} (grade ${zone.grade}), ${o.period}: ${en.join('; ')}`,
              zh: `${nameZh}（${zone.grade} 级管控）${periodZh}：${zh.join('；')}`,
            }
          : {
              en: `${nameEn} (grade ${zone.grade}), ${o.period}: area, function and nature kept`,
              zh: `${nameZh}（${zone.grade} 级管控）${periodZh}：面积、功能、性质均保持`,
            },
    });
  }
  return findings.sort(
    (a, b) =>
      (b.breaches.length > 0 ? 1 : 0) - (a.breaches.length > 0 ? 1 : 0) ||
      (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0),
  );
}
