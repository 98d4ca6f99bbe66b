import {
  comparePeriods,
  formatIssues,
  makeIssue,
  parseAssessment,
  type Assessment,
  type Bundle,
  type Issue,
  type ParseResult,
} from '@eco-reform/core/display';
import type { ParseFailure } from './data-source.js';
import { engine } from './load-engine.js';

/**
 * What the widgets do with a bundle, done once per bundle however many widgets show it: validate
 * it, list its periods, and score a period. Widgets that share a `src` get the same parsed JSON
 * from the shared request, so five widgets on a page validate a 10 MB document once and score a
 * period once. Everything is keyed weakly by the object (nobody mutates it after JSON.parse or
 * validation), so it goes when the page lets the data go. Parsing and scoring a bundle run in the
 * engine (see `load-engine.ts`), fetched the first time a bundle is read; a precomputed assessment
 * needs only `parseAssessment`.
 */
const parsed = new WeakMap<object, ParseResult<Bundle>>();
const parsedAssessments = new WeakMap<object, ReturnType<typeof parseAssessment>>();
const periods = new WeakMap<Bundle, readonly string[]>();
const assessed = new WeakMap<Bundle, Map<string, Assessment>>();

/**
 * Has the marker of a precomputed assessment of any version (`format: "eco-reform.assessment/…"`):
 * such data is read as an assessment, and one of a version the core does not read is refused as
 * such (by {@link readAssessment}), not as a bundle with every bundle field missing.
 */
export function hasAssessmentFormat(x: unknown): boolean {
  const format = typeof x === 'object' && x !== null ? (x as { format?: unknown }).format : undefined;
  return typeof format === 'string' && format.startsWith('eco-reform.assessment/');
}

/**
 * A precomputed assessment validated with the core's `parseAssessment` (format version, shape, and
 * parts that agree: a marker without `cells` is refused here, not later inside a layout), once per
 * object; at most five problems listed, each with its path (under `base`, for an assessment inside
 * the data, e.g. `previous`).
 */
export function readAssessment(
  input: unknown,
  base: ReadonlyArray<string | number> = [],
): { ok: true; value: Assessment } | ParseFailure {
  let result = typeof input === 'object' && input !== null ? parsedAssessments.get(input) : undefined;
  if (!result) {
    result = parseAssessment(input);
    if (typeof input === 'object' && input !== null) parsedAssessments.set(input, result);
  }
  if (result.ok) return result;
  return schemaFailure(result.issues.map((i) => makeIssue([...base, ...i.path], i.code, i.message.en, i.message.zh)));
}

/** The engine's `parseBundle(input)`, remembered for the same object. */
export function parseBundleShared(input: unknown): ParseResult<Bundle> {
  const { parseBundle } = engine();
  if (typeof input !== 'object' || input === null) return parseBundle(input);
  let result = parsed.get(input);
  if (!result) parsed.set(input, (result = parseBundle(input)));
  return result;
}

/**
 * A widget's data parser for a bundle only: an assessment is refused with `needsBundle` (the
 * widget's own explanation), anything else is validated, with at most five problems listed.
 */
export function bundleOnly(input: unknown, needsBundle: string): { ok: true; value: Bundle } | ParseFailure {
  if (hasAssessmentFormat(input)) return { ok: false, details: [needsBundle] };
  const bundle = parseBundleShared(input);
  return bundle.ok ? bundle : schemaFailure(bundle.issues);
}

/**
 * A parser's failure for validation problems: the first five, each with its path, as English lines
 * in `details` (what `eco-data-error` has always carried) and one entry per problem in both
 * languages in `issues` (what the widget lists under its error, in the page's language).
 */
export function schemaFailure(issues: ReadonlyArray<Issue>): ParseFailure {
  const first = issues.slice(0, 5);
  return {
    ok: false,
    details: formatIssues(first, { lang: 'en' }).split('\n'),
    issues: first.map((i) => ({ en: formatIssues([i], { lang: 'en' }), zh: formatIssues([i], { lang: 'zh-CN' }) })),
  };
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
    byPeriod.set(period, (assessment = engine().assessBundle(bundle, { period })));
  }
  return assessment;
}
