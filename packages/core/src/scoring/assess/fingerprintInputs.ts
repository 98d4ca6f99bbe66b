import type { Framework } from '../../model/framework.schema.js';
import { canonicalJson } from '../../_lib/canonicalJson.js';
import { sha256Bytes } from '../../_lib/sha256.js';
import type { AssessOptions } from './assess.js';
import type { ObservationGrid } from './selectObservations.js';

/**
 * SHA-256 of exactly what the assessment read: the canonical JSON of the framework and the
 * options (with the unit list), then the selected values as IEEE-754 doubles in framework order
 * (units × indicators; NaN for no value, +∞/−∞ for true/false, which data can never hold), then any
 * carried-forward values with their cell index. The grid is already in framework order, so the
 * fingerprint does not depend on the order of the observations; two runs with the same
 * fingerprint saw the same data.
 */
export function fingerprintInputs(framework: Framework, options: AssessOptions, unitIds: ReadonlyArray<string>, grid: ObservationGrid): string {
  const head = new TextEncoder().encode(canonicalJson({ framework, options: { ...options, units: [...unitIds] } }));
  const carried = [...grid.carried.keys()].sort((a, b) => a - b);
  const values = new Float64Array(grid.raw.length + 2 * carried.length);
  const encode = (v: number | boolean | null): number => (v === null ? Number.NaN : v === true ? Infinity : v === false ? -Infinity : v);
  for (let k = 0; k < grid.raw.length; k++) values[k] = encode(grid.raw[k] ?? null);
  carried.forEach((cell, j) => {
    values[grid.raw.length + 2 * j] = cell;
    values[grid.raw.length + 2 * j + 1] = encode(grid.carried.get(cell)!.value);
  });
  // A fixed byte order, so the fingerprint is the same on every platform.
  const body = new DataView(new ArrayBuffer(values.length * 8));
  values.forEach((v, k) => body.setFloat64(k * 8, Number.isNaN(v) ? Number.NaN : v, true));
  const bytes = new Uint8Array(head.length + body.byteLength);
  bytes.set(head);
  bytes.set(new Uint8Array(body.buffer), head.length);
  return sha256Bytes(bytes);
}
