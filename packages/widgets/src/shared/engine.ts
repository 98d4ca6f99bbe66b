/**
 * The validation and scoring engine the widgets need only for a bundle: the core's `parseBundle`
 * (zod schemas of the framework and observations, the framework's rules), `assessBundle` and
 * `assess`, and the functions that run on a bundle's framework and observations. This module is
 * never imported statically: {@link loadEngine} imports it the first time a widget parses a bundle,
 * so the CDN build emits it as a chunk of its own (`eco-engine-*.js`) that a page showing
 * precomputed assessments never fetches. Everything reached from here is in that chunk or in a
 * chunk it shares with the elements.
 *
 * @packageDocumentation
 */
export {
  answerableFor,
  assess,
  assessBundle,
  checkRedLines,
  escalate,
  measureHistory,
  measureStatus,
  nodeTimeliness,
  parseBundle,
  reweight,
  toObservationCube,
} from '@eco-reform/core';
