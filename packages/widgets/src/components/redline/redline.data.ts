import { comparePeriods, type Bundle } from '@eco-reform/core/display';
import { bundleOnly, observedPeriods } from '../../internal/bundle-data.js';
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
  const bundle = bundleOnly(input, NEEDS_BUNDLE);
  if (!bundle.ok) return bundle;
  const years = observedPeriods(bundle.value).filter((p) => /^\d{4}$/.test(p));
  const zonePeriods = [
    ...new Set(bundle.value.framework.redLines.flatMap((z) => z.observations.map((o) => o.period))),
  ].sort(comparePeriods);
  return { ok: true, value: { bundle: bundle.value, latest: years.at(-1) ?? zonePeriods.at(-1) ?? null } };
};
