import type { Bundle } from '@eco-reform/core';
import { bundleOnly } from '../../shared/bundle-data.js';
import type { DataParser } from '../../shared/data-source.js';

/**
 * The first detail of the schema error a task board reports for a precomputed assessment: it
 * scores units but carries no measures, so the board needs the bundle. The component shows its
 * own localised sentence for it.
 *
 * @category Widgets
 * @example
 * el.addEventListener('eco-data-error', (e) => { if (e.detail.details?.[0] === TASK_BOARD_NEEDS_BUNDLE) showHelp(); });
 */
export const TASK_BOARD_NEEDS_BUNDLE =
  'an assessment has no measures: give a bundle { framework, observations, reports }';

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
 * taskBoardParser({ format: 'eco-reform.assessment/2', results: [] }) //=> { ok: false, details: [TASK_BOARD_NEEDS_BUNDLE] }
 */
export const taskBoardParser: DataParser<Bundle> = (input) => bundleOnly(input, TASK_BOARD_NEEDS_BUNDLE);
