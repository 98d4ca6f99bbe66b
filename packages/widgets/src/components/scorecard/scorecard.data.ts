import { parseBundleShared } from '../../internal/shared-parse.js';
import {
  ASSESSMENT_FORMAT, assess, breachesByUnit, checkRedLines, comparePeriods, formatIssues, type Assessment, type Bundle,
} from '@eco-reform/core';
import type { DataParser } from '../../internal/data-source.js';

/**
 * What a scorecard shows: the assessment, and when the data was a bundle, the bundle itself, which
 * adds targets, trends, responsible units, goals and measures to the rows.
 *
 * @category Widgets
 * @example
 * const data: ScorecardData = { assessment: assess(framework, observations, { period: '2025' }), bundle: null };
 */
export interface ScorecardData {
  assessment: Assessment;
  bundle: Bundle | null;
}

const isAssessment = (x: unknown): x is Assessment =>
  typeof x === 'object' && x !== null && (x as { format?: unknown }).format === ASSESSMENT_FORMAT &&
  Array.isArray((x as Assessment).results) && Array.isArray((x as Assessment).units) && Array.isArray((x as Assessment).areas);

/**
 * Reads a scorecard's data: a precomputed assessment (`format: "eco-reform.assessment/1"`), or a
 * bundle `{ framework, observations, reports }` that is validated with the core's schemas and
 * scored here with the core's `assess`, for `period` or the latest period observed, red-line
 * breaches included. So a portal, the CLI and an auditor's notebook show the same numbers.
 */
export function assessmentParser(period: () => string | null): DataParser<ScorecardData> {
  return (input) => {
    if (isAssessment(input)) return { ok: true, value: { assessment: input, bundle: null } };
    const bundle = parseBundleShared(input);
    if (!bundle.ok) return { ok: false, details: formatIssues(bundle.issues.slice(0, 5), { lang: 'en' }).split('\n') };
    const periods = [...new Set(bundle.value.observations.map((o) => o.period))].sort(comparePeriods);
    const chosen = period() ?? periods.filter((p) => /^\d{4}$/.test(p)).at(-1) ?? periods.at(-1);
    if (!chosen) return { ok: false, details: ['the bundle has no observations'] };
    const breaches = breachesByUnit(checkRedLines(bundle.value.framework.redLines, chosen));
    return { ok: true, value: { assessment: assess(bundle.value.framework, bundle.value.observations, { period: chosen, breaches }), bundle: bundle.value } };
  };
}
