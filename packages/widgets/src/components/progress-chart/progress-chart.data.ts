import type { Bundle } from '@eco-reform/core';
import { parseBundleShared, schemaFailure } from '../../internal/bundle-data.js';
import type { DataParser } from '../../internal/data-source.js';

/**
 * Reads a progress chart's data: a bundle `{ framework, observations, reports }` (as
 * `examples/meixi/bundle.json`), validated with the core's `parseBundle`, the same check the
 * CLI and `<eco-scorecard>` run. The first five problems, with their paths, become the error's
 * details.
 *
 * @param input - Parsed JSON from `src`, an inline script or the `data` property.
 * @returns `{ ok: true, value }` with the bundle, or `{ ok: false, details }`.
 * @example
 * bundleParser({ nope: true }).ok //=> false
 */
export const bundleParser: DataParser<Bundle> = (input) => {
  const bundle = parseBundleShared(input);
  if (bundle.ok) return { ok: true, value: bundle.value };
  return schemaFailure(bundle.issues);
};
