import { parseBundleShared } from '../../internal/shared-parse.js';
import { ASSESSMENT_FORMAT, formatIssues, type Bundle } from '@eco-reform/core';
import type { DataParser } from '../../internal/data-source.js';

/**
 * The first detail of the schema error a task board reports for a precomputed assessment: it
 * scores units but carries no measures, so the board needs the bundle. The component shows its
 * own localised sentence for it.
 *
 * @category Widgets
 * @example
 * el.addEventListener('eco-data-error', (e) => { if (e.detail.details?.[0] === TASK_BOARD_NEEDS_BUNDLE) showHelp(); });
 */
export const TASK_BOARD_NEEDS_BUNDLE = 'an assessment has no measures: give a bundle { framework, observations, reports }';

const isAssessment = (x: unknown): boolean =>
  typeof x === 'object' && x !== null && (x as { format?: unknown }).format === ASSESSMENT_FORMAT;

/**
 * Reads a task board's data: a bundle `{ framework, observations, reports }` validated with the
 * core's `parseBundle` (shapes and the framework's rules, at most five problems listed with their
 * paths). A precomputed assessment is refused with {@link TASK_BOARD_NEEDS_BUNDLE}: it has no
 * measures, reports or people to show.
 *
 * @category Widgets
 * @param input - Parsed JSON.
 * @returns The bundle, or the problems.
 * @example
 * taskBoardParser({ format: 'eco-reform.assessment/1', results: [] }) //=> { ok: false, details: [TASK_BOARD_NEEDS_BUNDLE] }
 */
export const taskBoardParser: DataParser<Bundle> = (input) => {
  if (isAssessment(input)) return { ok: false, details: [TASK_BOARD_NEEDS_BUNDLE] };
  const bundle = parseBundleShared(input);
  if (!bundle.ok) return { ok: false, details: formatIssues(bundle.issues.slice(0, 5), { lang: 'en' }).split('\n') };
  return { ok: true, value: bundle.value };
};
