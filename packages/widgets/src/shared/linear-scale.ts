/**
 * A linear map from a domain onto a range, with d3-scale's arithmetic (normalise, then
 * interpolate as `a * (1 - t) + b * t`) but without d3-scale's generic interpolators, colour
 * parsing and number formatting, which cost about 9 KB gzip in the bundle and which our charts
 * do not use. Ticks and nice domains come from d3-array, as d3-scale's do.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (x) => {
    const t = span ? (x - d0) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}
