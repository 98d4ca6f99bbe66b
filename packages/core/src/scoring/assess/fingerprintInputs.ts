import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';
import { canonicalJson } from '../../_lib/canonicalJson.js';
import { sha256 } from '../../_lib/sha256.js';
import type { AssessOptions } from './assess.js';

/**
 * SHA-256 of the canonical JSON of what the assessment read: the framework, the observations of
 * the assessed units for the framework's indicators (sorted, so input order does not matter) and
 * the options. Two runs with the same fingerprint saw the same data.
 */
export function fingerprintInputs(
  framework: Framework,
  observations: ReadonlyArray<Observation>,
  options: AssessOptions,
  unitIds: ReadonlyArray<string>,
): string {
  const units = new Set(unitIds);
  const indicators = new Set(framework.indicators.map((i) => i.id));
  const used = observations
    .filter((o) => units.has(o.unit) && indicators.has(o.indicator))
    .map((o) => canonicalJson(o))
    .sort();
  return sha256(canonicalJson({ framework, observations: used, options: { ...options, units: [...unitIds] } }));
}
