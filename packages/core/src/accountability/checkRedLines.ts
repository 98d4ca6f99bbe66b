import type { RedLineZone } from '../model/redLineZone.schema.js';
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
  /** The zone's baseline it was checked against. */
  baseline: RedLineState;
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
 * The seed's red-line rule, per zone and observed period: the area must not decrease, the
 * function index must not fall, and the land-use nature must not change (面积不减少、功能不降低、
 * 性质不改变), each against the zone's baseline. Findings carry the control grade so a scheme can
 * treat grade I and II zones differently; breaches feed `assess` as veto events (`options.breaches`).
 *
 * @category Accountability
 * @param zones - The framework's red-line zones (with their baselines).
 * @param observations - What was observed: a list of {@link RedLineObservation}s (observations of
 *   unknown zones are ignored); or a period, to check only that period of the zones' own
 *   observations; default every observation the zones carry.
 * @param options - **period**: only check this period.
 * @returns One finding per zone and period, breaches first (then by zone id and period).
 * @example
 * checkRedLines(framework.redLines, '2025').filter((f) => f.breaches.length > 0)
 * //=> [{ zone: 'nanshan-forest', unit: 'nanshan', grade: 'I', period: '2025', breaches: ['areaReduced'], … }]
 */
export function checkRedLines(
  zones: ReadonlyArray<RedLineZone>,
  observations?: ReadonlyArray<RedLineObservation> | string,
  options: { period?: string } = {},
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
    const breaches: RedLineBreachKind[] = [];
    const en: string[] = [];
    const zh: string[] = [];
    if (o.area < zone.baseline.area) {
      breaches.push('areaReduced');
      en.push(`area ${o.area} km² below the baseline ${zone.baseline.area} km²`);
      zh.push(`面积 ${o.area} 平方公里，低于基数 ${zone.baseline.area} 平方公里`);
    }
    if (o.functionIndex < zone.baseline.functionIndex) {
      breaches.push('functionDegraded');
      en.push(`function index ${o.functionIndex} below ${zone.baseline.functionIndex}`);
      zh.push(`功能指数 ${o.functionIndex}，低于基数 ${zone.baseline.functionIndex}`);
    }
    if (o.nature !== zone.baseline.nature) {
      breaches.push('natureChanged');
      en.push(`nature changed from ${zone.baseline.nature} to ${o.nature}`);
      zh.push(`用地性质由 ${zone.baseline.nature} 变为 ${o.nature}`);
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
      baseline: { ...zone.baseline },
      message: breaches.length
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
