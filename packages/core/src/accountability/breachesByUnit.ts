import type { RedLineFinding } from './checkRedLines.js';
import { idRecord } from '../_lib/idRecord.js';

/**
 * Turns red-line findings into the `breaches` option of `assess`: unit id → breached zone ids.
 *
 * @category Accountability
 * @param findings - From `checkRedLines`.
 * @returns The units with at least one breach.
 * @example
 * breachesByUnit(checkRedLines(framework.redLines, '2025')) //=> { nanshan: ['nanshan-forest'] }
 */
export function breachesByUnit(findings: ReadonlyArray<RedLineFinding>): Record<string, string[]> {
  const out = idRecord<string[]>();
  for (const f of findings) if (f.breaches.length > 0) (out[f.unit] ??= []).push(f.zone);
  return out;
}
