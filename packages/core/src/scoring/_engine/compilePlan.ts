import { directionOf } from '../../model/directionOf.js';
import type { LocalizedLabel } from '../../vocabulary/lang.js';
import { localized } from './localized.js';
import type { Framework } from '../../model/framework.schema.js';
import type { Indicator } from '../../model/indicator.schema.js';
import type { MissingPolicy } from '../../model/missingPolicy.schema.js';
import type { AggregationMethod } from '../../model/aggregation.schema.js';

/** A child of an area in the aggregation tree: an indicator or a sub-area, by index. */
export interface PlanChild {
  kind: 'indicator' | 'area';
  index: number;
  weight: number;
}

/** An area ready for aggregation. */
export interface PlanArea {
  id: string;
  parent: number | null;
  aggregation: AggregationMethod;
  missing: MissingPolicy;
  minIndicators: number | null;
  weight: number;
  children: PlanChild[];
}

/** The framework arranged for scoring: areas ordered children first, indicators with their policies. */
export interface Plan {
  indicators: Indicator[];
  indicatorDirection: Array<1 | -1>;
  indicatorMissing: MissingPolicy[];
  /** Index of each indicator's area. */
  indicatorArea: number[];
  areas: PlanArea[];
  /** Area indexes, every area after all of its sub-areas. */
  order: number[];
  /** Top-level areas with their weights. */
  roots: PlanChild[];
  /** What people call each indicator, red-line zone and area, by id: what rule evidence names instead of ids. */
  names: {
    indicator: ReadonlyMap<string, LocalizedLabel>;
    zone: ReadonlyMap<string, LocalizedLabel>;
    area: ReadonlyMap<string, LocalizedLabel>;
  };
}

const weightOf = (x: { weight?: number | undefined; points?: number | undefined }): number => x.weight ?? x.points ?? 1;

/**
 * Arranges a validated framework for scoring. The framework must have passed validation
 * (no cycles, no unknown references); this function trusts it.
 */
export function compilePlan(framework: Framework): Plan {
  const areaIndex = new Map(framework.areas.map((a, i) => [a.id, i]));
  const defaultAggregation: AggregationMethod = framework.scheme.aggregation ?? { method: 'weightedMean' };
  const areas: PlanArea[] = framework.areas.map((a) => ({
    id: a.id,
    parent: a.parent === undefined ? null : (areaIndex.get(a.parent) ?? null),
    aggregation: a.aggregation ?? defaultAggregation,
    missing: a.missing ?? framework.scheme.missing,
    minIndicators: a.minIndicators ?? null,
    weight: weightOf(a),
    children: [],
  }));
  const roots: PlanChild[] = [];
  areas.forEach((a, i) => {
    const child: PlanChild = { kind: 'area', index: i, weight: a.weight };
    if (a.parent === null) roots.push(child);
    else areas[a.parent]!.children.push(child);
  });
  framework.indicators.forEach((ind, i) => {
    areas[areaIndex.get(ind.area)!]!.children.push({ kind: 'indicator', index: i, weight: weightOf(ind) });
  });
  const order: number[] = [];
  const visit = (i: number): void => {
    for (const c of areas[i]!.children) if (c.kind === 'area') visit(c.index);
    order.push(i);
  };
  for (const r of roots) visit(r.index);
  return {
    indicators: framework.indicators,
    indicatorDirection: framework.indicators.map(directionOf),
    indicatorMissing: framework.indicators.map(
      (ind) => ind.missing ?? framework.areas[areaIndex.get(ind.area)!]?.missing ?? framework.scheme.missing,
    ),
    indicatorArea: framework.indicators.map((ind) => areaIndex.get(ind.area)!),
    areas,
    order,
    roots,
    names: {
      indicator: new Map(framework.indicators.map((i) => [i.id, localized(i.title)])),
      zone: new Map(framework.redLines.map((z) => [z.id, localized(z.name)])),
      area: new Map(framework.areas.map((a) => [a.id, localized(a.title)])),
    },
  };
}
