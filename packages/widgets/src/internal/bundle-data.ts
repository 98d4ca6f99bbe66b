import {
  ASSESSMENT_FORMAT, assessBundle, comparePeriods, formatIssues, parseBundle, type Assessment, type Bundle,
} from '@eco-reform/core';

/**
 * What the widgets do with a bundle, done once per bundle however many widgets show it: validate
 * it, list its periods, and score a period. Widgets that share a `src` get the same parsed JSON
 * from the shared request, so five widgets on a page validate a 10 MB document once and score a
 * period once. Everything is keyed weakly by the object (nobody mutates it after JSON.parse or
 * validation), so it goes when the page lets the data go.
 */
const parsed = new WeakMap<object, ReturnType<typeof parseBundle>>();
const periods = new WeakMap<Bundle, readonly string[]>();
const assessed = new WeakMap<Bundle, Map<string, Assessment>>();

/** Has the marker of a precomputed assessment (`format: "eco-reform.assessment/1"`). */
export function hasAssessmentFormat(x: unknown): boolean {
  return typeof x === 'object' && x !== null && (x as { format?: unknown }).format === ASSESSMENT_FORMAT;
}

/** A precomputed assessment: the marker, and the arrays the widgets read. */
export function isAssessment(x: unknown): x is Assessment {
  return hasAssessmentFormat(x) && Array.isArray((x as Assessment).results) && Array.isArray((x as Assessment).units) && Array.isArray((x as Assessment).areas);
}

/** `parseBundle(input)`, remembered for the same object. */
export function parseBundleShared(input: unknown): ReturnType<typeof parseBundle> {
  if (typeof input !== 'object' || input === null) return parseBundle(input);
  let result = parsed.get(input);
  if (!result) parsed.set(input, (result = parseBundle(input)));
  return result;
}

/**
 * A widget's data parser for a bundle only: an assessment is refused with `needsBundle` (the
 * widget's own explanation), anything else is validated, with at most five problems listed.
 */
export function bundleOnly(input: unknown, needsBundle: string): { ok: true; value: Bundle } | { ok: false; details: string[] } {
  if (hasAssessmentFormat(input)) return { ok: false, details: [needsBundle] };
  const bundle = parseBundleShared(input);
  return bundle.ok ? bundle : { ok: false, details: schemaDetails(bundle.issues) };
}

/** The first five validation problems, one line each with its path. */
export function schemaDetails(issues: Parameters<typeof formatIssues>[0]): string[] {
  return formatIssues(issues.slice(0, 5), { lang: 'en' }).split('\n');
}

/** The periods observed in the bundle, each once, in time order. */
export function observedPeriods(bundle: Bundle): readonly string[] {
  let list = periods.get(bundle);
  if (!list) periods.set(bundle, (list = [...new Set(bundle.observations.map((o) => o.period))].sort(comparePeriods)));
  return list;
}

/** The period a widget shows by default: the latest year observed, else the latest period. */
export function latestPeriod(bundle: Bundle): string | undefined {
  const list = observedPeriods(bundle);
  return list.filter((p) => /^\d{4}$/.test(p)).at(-1) ?? list.at(-1);
}

/** The core's `assessBundle(bundle, { period })` (red-line breaches and flags included, as the CLI scores it), once per bundle and period. */
export function assessBundleShared(bundle: Bundle, period: string): Assessment {
  let byPeriod = assessed.get(bundle);
  if (!byPeriod) assessed.set(bundle, (byPeriod = new Map()));
  let assessment = byPeriod.get(period);
  if (!assessment) {
    byPeriod.set(period, (assessment = assessBundle(bundle, { period })));
  }
  return assessment;
}
