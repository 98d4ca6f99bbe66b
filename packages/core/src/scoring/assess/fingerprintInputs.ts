import type { Framework } from '../../model/framework.schema.js';
import type { Observation } from '../../observation/observation.schema.js';
import { canonicalJson } from '../../_lib/canonicalJson.js';
import { sha256 } from '../../_lib/sha256.js';
import type { AssessOptions } from './assess.js';

/**
 * SHA-256 of what the assessment read: the canonical JSON of the framework and the options, then
 * one line per observation that can affect the result (`indicator⇥unit⇥period⇥value⇥revision`,
 * for the assessed units and the framework's indicators, in the assessed period or, for
 * carry-forward indicators, before it), sorted so input order does not matter. Two runs with the
 * same fingerprint saw the same data.
 */
export function fingerprintInputs(
  framework: Framework,
  observations: ReadonlyArray<Observation>,
  options: AssessOptions,
  unitIds: ReadonlyArray<string>,
  carryForward: ReadonlySet<string>,
): string {
  const units = new Set(unitIds);
  const indicators = new Set(framework.indicators.map((i) => i.id));
  const lines: string[] = [];
  for (const o of observations) {
    if (!units.has(o.unit) || !indicators.has(o.indicator)) continue;
    if (o.period !== options.period && !carryForward.has(o.indicator)) continue;
    lines.push(`${o.indicator}\t${o.unit}\t${o.period}\t${o.value === null ? '' : String(o.value)}\t${o.revision ?? 0}`);
  }
  lines.sort();
  const head = canonicalJson({ framework, options: { ...options, units: [...unitIds] } });
  return sha256(`${head}\n${lines.join('\n')}`);
}
