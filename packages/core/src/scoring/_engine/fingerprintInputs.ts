import { NOT_APPLICABLE } from '../../observation/notApplicableCode.js';
import type { Framework } from '../../model/framework.schema.js';
import { canonicalJson } from '../../_lib/canonicalJson.js';
import { sha256Bytes } from '../../_lib/sha256.js';
import type { AssessOptions } from '../assess/assess.js';
import type { ObservationGrid } from './observationGrid.js';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * SHA-256 of exactly what the assessment read: the canonical JSON of the framework and the
 * options (with the unit list), then the selected values as little-endian IEEE-754 doubles in
 * framework order (units × indicators; NaN for no value, a NaN with payload 2 for a cell that does not apply, +∞/−∞ for true/false, which data can
 * never hold), then any carried-forward values with their cell index. The grid is already in
 * framework order, so the fingerprint does not depend on the order of the observations; two runs
 * with the same fingerprint saw the same data. A `flags` option in which no unit has a flag is
 * hashed as no option: it scores the same, and callers need not leave it out by hand.
 */
export function fingerprintInputs(
  framework: Framework,
  options: AssessOptions,
  unitIds: ReadonlyArray<string>,
  grid: ObservationGrid,
): string {
  const { flags, ...rest } = options;
  const flagged = flags && Object.values(flags).some((list) => list.length > 0);
  const head = new TextEncoder().encode(
    canonicalJson({ framework, options: { ...rest, ...(flagged ? { flags } : {}), units: [...unitIds] } }),
  );
  const carried = [...grid.carried.keys()].sort((a, b) => a - b);
  const size = grid.value.length;
  const values = new Float64Array(size + 2 * carried.length);
  values.set(grid.value);
  for (let k = 0; k < size; k++) {
    const x = values[k]!;
    // Every NaN is written as the one canonical NaN: a cube may hold NaNs with other payloads.
    if (x !== x) values[k] = Number.NaN;
    else if (grid.isBoolean[k] === 1) values[k] = x === 1 ? Infinity : -Infinity;
  }
  // A cell that does not apply is not a missing one: it is hashed as a NaN of its own (payload 2).
  let view: DataView | null = null;
  for (let k = 0; k < size; k++) {
    if (grid.isBoolean[k] !== NOT_APPLICABLE) continue;
    view ??= new DataView(values.buffer);
    view.setUint32(8 * k, 2, true);
    view.setUint32(8 * k + 4, 0x7ff80000, true);
  }
  const encode = (v: number | boolean): number => (v === true ? Infinity : v === false ? -Infinity : v);
  carried.forEach((cell, j) => {
    values[size + 2 * j] = cell;
    values[size + 2 * j + 1] = encode(grid.carried.get(cell)!.value);
  });
  const bytes = new Uint8Array(head.length + values.byteLength);
  bytes.set(head);
  if (LITTLE_ENDIAN) bytes.set(new Uint8Array(values.buffer), head.length);
  else {
    const view = new DataView(bytes.buffer, head.length);
    values.forEach((v, k) => view.setFloat64(k * 8, Number.isNaN(v) ? Number.NaN : v, true));
  }
  return sha256Bytes(bytes);
}
