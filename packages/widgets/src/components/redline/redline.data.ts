import { parseBundleShared } from '../../internal/shared-parse.js';
import { ASSESSMENT_FORMAT, comparePeriods, formatIssues, type Bundle } from '@eco-reform/core';
import type { DataError, DataParser } from '../../internal/data-source.js';

/**
 * What `<eco-redline>` shows: a validated bundle, and the period it defaults to (the latest year
 * observed, as the scorecard; else the latest period the red-line zones were observed in).
 *
 * @category Widgets
 * @example
 * const data: RedlineData = { bundle, latest: '2025' };
 */
export interface RedlineData {
  bundle: Bundle;
  /** The default period, or `null` when neither the observations nor the zones have one. */
  latest: string | null;
}

/**
 * The detail the parser gives when it is handed a precomputed assessment, which carries no red
 * lines; the element shows a localised sentence for it (see {@link needsBundle}).
 *
 * @category Widgets
 * @example
 * NEEDS_BUNDLE //=> 'a bare assessment has no red lines: give a bundle { framework, observations, reports }'
 */
export const NEEDS_BUNDLE = 'a bare assessment has no red lines: give a bundle { framework, observations, reports }';

/**
 * Tells whether a data error is "an assessment was given where a bundle is needed".
 *
 * @category Widgets
 * @param error - The data controller's error.
 * @returns `true` for that error.
 * @example
 * needsBundle({ kind: 'schema', reason, details: [NEEDS_BUNDLE] }) //=> true
 */
export function needsBundle(error: DataError): boolean {
  return error.kind === 'schema' && error.details?.[0] === NEEDS_BUNDLE;
}

/**
 * Reads a red-line widget's data: a bundle `{ framework, observations, reports }` validated with
 * the core's `parseBundle` (the red lines are `framework.redLines`). A precomputed assessment is
 * refused with {@link NEEDS_BUNDLE}: it has scores, not zones and their baselines.
 *
 * @category Widgets
 * @param input - Parsed JSON.
 * @returns The data, or what is wrong with it (paths and messages).
 * @example
 * redlineParser(bundleJson) //=> { ok: true, value: { bundle, latest: '2025' } }
 */
export const redlineParser: DataParser<RedlineData> = (input) => {
  if (typeof input === 'object' && input !== null && (input as { format?: unknown }).format === ASSESSMENT_FORMAT) {
    return { ok: false, details: [NEEDS_BUNDLE] };
  }
  const bundle = parseBundleShared(input);
  if (!bundle.ok) return { ok: false, details: formatIssues(bundle.issues.slice(0, 5), { lang: 'en' }).split('\n') };
  const years = [...new Set(bundle.value.observations.map((o) => o.period))].filter((p) => /^\d{4}$/.test(p)).sort(comparePeriods);
  const zonePeriods = [...new Set(bundle.value.framework.redLines.flatMap((z) => z.observations.map((o) => o.period)))].sort(comparePeriods);
  return { ok: true, value: { bundle: bundle.value, latest: years.at(-1) ?? zonePeriods.at(-1) ?? null } };
};
