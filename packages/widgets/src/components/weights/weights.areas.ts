import type { Assessment, LocalizedLabel } from '@eco-reform/core';

/**
 * The top of the slider scale: 0 (the area does not count) to 5 (it counts the most), whole steps.
 *
 * @category Layout
 * @example
 * html`<input type="range" min="0" max=${MAX_WEIGHT} step="1">`
 */
export const MAX_WEIGHT = 5;

/**
 * A top-level area as the weighting widget offers it: its declared (official) weight, and the
 * 0–5 value its slider starts at.
 *
 * @category Layout
 * @example
 * weightAreas(assessment)[1] //=> { id: 'env', title: { zh: '生态环境优化', en: 'Ecological environment' }, official: 0.4, initial: 5 } (Meixi)
 */
export interface WeightArea {
  id: string;
  title: LocalizedLabel;
  /** The framework's own weight (or points), as `assess` uses it. */
  official: number;
  /** The official weight on the 0–5 scale: the largest official weight is 5, the rest in proportion, rounded (at least 1 when the official weight is above 0). */
  initial: number;
}

/**
 * The areas a citizen or analyst can weigh: the assessment's top-level areas, in framework order,
 * each with its official weight and that weight mapped onto the 0–5 slider scale.
 *
 * @category Layout
 * @param assessment - An assessment of the framework (its `areas` carry the declared weights).
 * @returns One entry per top-level area.
 * @example
 * weightAreas(assessment).map((a) => a.initial) //=> [4, 5, 3] (Meixi: 0.35, 0.40, 0.25)
 */
export function weightAreas(assessment: Assessment): WeightArea[] {
  const top = assessment.areas.filter((a) => a.parent === null);
  const max = Math.max(0, ...top.map((a) => a.weight));
  return top.map((a) => ({
    id: a.id,
    title: a.title,
    official: a.weight,
    initial: max > 0 && a.weight > 0 ? Math.max(1, Math.round((a.weight / max) * MAX_WEIGHT)) : 0,
  }));
}

/**
 * A slider value from anything: a number or numeric text, rounded to a whole step and clamped to
 * 0–5; `null` for what is not a number (so it can be ignored).
 *
 * @category Layout
 * @param x - The candidate value.
 * @returns 0–5, or `null`.
 * @example
 * [toWeight('4'), toWeight(9), toWeight(-1), toWeight(2.6), toWeight('x'), toWeight('')] //=> [4, 5, 0, 3, null, null]
 */
export function toWeight(x: unknown): number | null {
  if (typeof x === 'string' && x.trim() === '') return null;
  const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x) : Number.NaN;
  if (!Number.isFinite(n)) return null;
  return Math.min(MAX_WEIGHT, Math.max(0, Math.round(n)));
}

/**
 * A full set of slider values from a partial, possibly invalid one: every area gets its value
 * from `weights` when valid ({@link toWeight}), else its initial value; ids that are not areas are
 * dropped. `null` (the official weights) stays `null`.
 *
 * @category Layout
 * @param areas - The areas ({@link weightAreas}).
 * @param weights - Area id → value, or `null`.
 * @returns Area id → 0–5 for every area, in area order, or `null`.
 * @example
 * completeWeights(weightAreas(assessment), { env: 9, nowhere: 2 }) //=> { space: 4, env: 5, industry: 3 }
 */
export function completeWeights(
  areas: ReadonlyArray<WeightArea>,
  weights: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, number> | null {
  if (weights === null || weights === undefined) return null;
  // No prototype: an area id `__proto__` is stored as a key, not taken as the object's prototype.
  const out = Object.create(null) as Record<string, number>;
  for (const a of areas) {
    const given = Object.hasOwn(weights, a.id) ? toWeight(weights[a.id]) : null;
    out[a.id] = given ?? a.initial;
  }
  return out;
}
