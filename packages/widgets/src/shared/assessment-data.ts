import type { Assessment, Bundle } from '@eco-reform/core';
import {
  assessBundleShared,
  hasAssessmentFormat,
  latestPeriod,
  parseBundleShared,
  readAssessment,
  schemaFailure,
} from './bundle-data.js';
import type { DataParser } from './data-source.js';

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

/**
 * Reads a scorecard's data: a precomputed assessment (`format: "eco-reform.assessment/2"`,
 * validated with the core's `parseAssessment`), or a bundle `{ framework, observations, reports }`
 * that is validated with the core's schemas and scored here with the core's `assessBundle`, for
 * `period` or the latest period observed, red-line breaches and flags included. So a portal, the
 * CLI and an auditor's notebook show the same numbers.
 */
export function assessmentParser(period: () => string | null): DataParser<ScorecardData> {
  return (input) => {
    if (hasAssessmentFormat(input)) {
      const assessment = readAssessment(input);
      return assessment.ok ? { ok: true, value: { assessment: assessment.value, bundle: null } } : assessment;
    }
    const bundle = parseBundleShared(input);
    if (!bundle.ok) return schemaFailure(bundle.issues);
    const chosen = period() ?? latestPeriod(bundle.value);
    if (!chosen) return { ok: false, details: ['the bundle has no observations'] };
    return { ok: true, value: { assessment: assessBundleShared(bundle.value, chosen), bundle: bundle.value } };
  };
}
