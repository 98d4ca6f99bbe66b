import { parseBundle } from '@eco-reform/core';

/**
 * Validates a bundle once per JSON value: widgets that share a `src` get the same parsed JSON from
 * the shared request, so five widgets on one page validate a 10 MB document once, not five times.
 * Keyed weakly by the input object (which nobody mutates after JSON.parse), so it goes with it.
 */
const parsed = new WeakMap<object, ReturnType<typeof parseBundle>>();

/** `parseBundle(input)`, remembered for the same object. */
export function parseBundleShared(input: unknown): ReturnType<typeof parseBundle> {
  if (typeof input !== 'object' || input === null) return parseBundle(input);
  let result = parsed.get(input);
  if (!result) parsed.set(input, (result = parseBundle(input)));
  return result;
}
