/**
 * How a line runs between two data points: straight (`linear`), or level until the next point
 * and then up or down (`step-after`, for yes/no series that hold their value until it changes).
 *
 * @category Layout
 * @example
 * const curve: LineCurve = 'step-after';
 */
export type LineCurve = 'linear' | 'step-after';

/**
 * An SVG path through points already in pixels, each coordinate rounded to 2 decimals: a `null`
 * point breaks the line, and a point with no neighbour on either side is closed (`M x,y Z`), as
 * d3-shape closes it. The same text as d3-shape's
 * `line().defined(...).curve(curveLinear | curveStepAfter).digits(2)` (its test holds it to
 * that), without shipping d3-shape's and d3-path's generators (1.5 KB gzip of the chart's file)
 * for the one line in the widgets, the progress chart's.
 *
 * @category Layout
 * @param points - `[x, y]` in pixels, or `null` where there is no value.
 * @param curve - How the line runs between neighbours.
 * @returns The path's `d`; `''` when no point has a value.
 * @example
 * linePath([[0, 10], [5, 20], null, [9, 1]], 'linear') //=> 'M0,10L5,20M9,1Z'
 * linePath([[0, 10], [5, 20]], 'step-after') //=> 'M0,10L5,10L5,20'
 */
export function linePath(points: readonly (readonly [number, number] | null)[], curve: LineCurve): string {
  const n = (v: number): number => Math.round(v * 100) / 100;
  let d = '';
  let run = 0;
  let previousY = 0;
  for (const point of [...points, null]) {
    if (point === null) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    const [x, y] = point;
    if (run === 0) d += `M${n(x)},${n(y)}`;
    else {
      switch (curve) {
        case 'linear':
          d += `L${n(x)},${n(y)}`;
          break;
        case 'step-after':
          d += `L${n(x)},${n(previousY)}L${n(x)},${n(y)}`;
          break;
        default:
          curve satisfies never;
      }
    }
    previousY = y;
    run++;
  }
  return d;
}
