import { isPresent } from './present.js';

/**
 * The present values and their weights (default 1 each), dropping missing values with their
 * weights. Returns `null` when a weight is negative or not finite, or when the weights' lengths differ.
 */
export function presentPairs(
  values: ReadonlyArray<number | null>,
  weights?: ReadonlyArray<number>,
): { xs: number[]; ws: number[] } | null {
  if (weights && weights.length !== values.length) return null;
  const xs: number[] = [];
  const ws: number[] = [];
  for (let k = 0; k < values.length; k++) {
    const w = weights ? weights[k]! : 1;
    if (!Number.isFinite(w) || w < 0) return null;
    const v = values[k];
    if (isPresent(v) && w > 0) {
      xs.push(v);
      ws.push(w);
    }
  }
  return { xs, ws };
}
