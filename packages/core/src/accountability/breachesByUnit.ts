import type { RedLineFinding } from './checkRedLines.js';
import type { RedLineBreach } from '../model/redLineBreach.schema.js';
import { idRecord } from '../_lib/idRecord.js';

/**
 * Turns red-line findings into the `breaches` option of `assess`: unit id → its breaches, each
 * with the zone, its control grade, the kinds and the losses, so that rules can depend on them.
 *
 * @category Accountability
 * @param findings - From `checkRedLines`.
 * @returns The units with at least one breach.
 * @example
 * breachesByUnit(checkRedLines(framework.redLines, '2025'))
 * //=> { nanshan: [{ zone: 'nanshan-forest', grade: 'I', kinds: ['areaReduced'], areaLoss: 0.35, functionLoss: 0 }] }
 */
export function breachesByUnit(findings: ReadonlyArray<RedLineFinding>): Record<string, RedLineBreach[]> {
  const out = idRecord<RedLineBreach[]>();
  for (const f of findings) {
    if (f.breaches.length === 0) continue;
    (out[f.unit] ??= []).push({
      zone: f.zone,
      grade: f.grade,
      kinds: [...f.breaches],
      areaLoss: f.loss.area,
      functionLoss: f.loss.functionIndex,
    });
  }
  return out;
}
