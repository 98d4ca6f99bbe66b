// Assertions shared by the fuzz properties: well-formed rejections, finite numbers, and the
// downstream run (assess, explain, annualAssessment) on whatever a parser accepted.
import {
  annualAssessment,
  assess,
  explain,
  formatPath,
  parseAssessment,
  type Assessment,
  type Framework,
  type Issue,
  type Observation,
  type ObservationInput,
  type ProgressReport,
} from '@eco-reform/core';

const codes = new Set([
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'too_small',
  'too_big',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
  'duplicate_id',
  'unknown_reference',
  'cycle',
  'baseline_after_target',
  'date_outside_period',
  'weights_sum',
  'missing_role',
  'missing_responsible_unit',
  'invalid_period',
  'invalid_cell',
  'missing_column',
  'invalid_json',
  'duplicate_column',
  'row_length',
  'suspicious_quote',
  'conflicting_observation',
  'value_kind',
  'invalid_encoding',
  'invalid_workbook',
  'missing_weight',
  'zero_weights',
  'empty_area',
  'floor_out_of_scale',
  'floor_above_minimum',
  'unreachable_grade',
  'duplicate_grade_min',
  'band_gap',
  'band_overlap',
  'empty_band',
  'unreachable_min_indicators',
  'wrong_length',
  'mixed_rule_group',
  'duplicate_target',
  'group_overlap',
  'missing_setting',
  'tenure_overlap',
  'missing_target',
  'invalid_transition',
  'role_not_allowed',
  'missing_evidence',
  'missing_reason',
  'date_order',
  'points_sum',
  'mixed_weight_points',
  'unknown_tag',
]);

const isContainer = (x: unknown): x is Record<string | number, unknown> => typeof x === 'object' && x !== null;
const hasOwn = (o: object, key: PropertyKey): boolean => Object.hasOwn(o, key);

/**
 * Where a path may point in a JSON input: every step but the last must exist (the last may be a
 * required key that is absent). The empty path (the root) is allowed only when the root itself is
 * not the container the parser wants (`invalid_type`): then there is nothing to point into.
 */
function pointsInto(input: unknown, issue: Issue): boolean {
  if (issue.path.length === 0) return issue.code === 'invalid_type';
  let node = input;
  for (const key of issue.path.slice(0, -1)) {
    if (!isContainer(node) || !hasOwn(node, key)) return false;
    node = node[key];
  }
  return isContainer(node);
}

/** Throws when `ok` is false: plain checks, because `expect` on every issue of every run is too slow for fuzzing. */
export function check(ok: boolean, message: () => string): asserts ok {
  if (!ok) throw new Error(message());
}

const show = (issue: Issue): string => `${JSON.stringify(issue.path)} (${issue.code}: ${issue.message.en})`;
const isKey = (key: unknown): boolean =>
  typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key) && key >= 0);

/** Every issue: a known code, a path of keys and indexes, `at` = `formatPath(path)`, a message in English and Chinese. */
export function expectWellFormedIssues(issues: ReadonlyArray<Issue>): void {
  check(issues.length > 0, () => 'a rejection without issues');
  for (const issue of issues) {
    check(codes.has(issue.code), () => `unknown issue code at ${show(issue)}`);
    check(
      Array.isArray(issue.path) && issue.path.every(isKey),
      () => `a path that is not keys and indexes: ${show(issue)}`,
    );
    check(
      issue.at === formatPath(issue.path),
      () => `at "${issue.at}" is not formatPath(${JSON.stringify(issue.path)})`,
    );
    check(
      typeof issue.message.en === 'string' && issue.message.en.length > 0,
      () => `no English message at ${show(issue)}`,
    );
    check(
      typeof issue.message.zh === 'string' && issue.message.zh.length > 0,
      () => `no Chinese message at ${show(issue)}`,
    );
  }
}

/** A rejection of a JSON input: well-formed issues whose paths lead into the input. */
export function expectJsonRejection(issues: ReadonlyArray<Issue>, input: unknown): void {
  expectWellFormedIssues(issues);
  for (const issue of issues)
    check(pointsInto(input, issue), () => `issue path ${show(issue)} does not lead into the input`);
}

/** A rejection of CSV text: well-formed issues at `['line', n, column]` with n a line of the text (or at `['period']`, an option). */
export function expectCsvRejection(issues: ReadonlyArray<Issue>, text: string): void {
  expectWellFormedIssues(issues);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const issue of issues) {
    if (issue.path.length === 1 && issue.path[0] === 'period') continue;
    const [first, line, column] = issue.path;
    check(
      first === 'line' && typeof line === 'number' && line >= 1 && line <= lines,
      () => `issue ${show(issue)} is not at a line of the text (${lines} lines)`,
    );
    check(
      issue.path.length === 2 || (issue.path.length === 3 && typeof column === 'string'),
      () => `issue ${show(issue)} does not name a column`,
    );
  }
}

/** The paths of the numbers in `x` that are not finite (NaN, ±Infinity), walking own enumerable properties except `skip`. */
export function nonFinite(x: unknown, skip?: string, path = '$', out: string[] = []): string[] {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) out.push(`${path} = ${x}`);
  } else if (isContainer(x)) {
    for (const key of Object.keys(x)) if (key !== skip) nonFinite(x[key], skip, `${path}.${key}`, out);
  }
  return out;
}

/** Fails with the offending paths when `x` holds a number that is not finite. */
export function expectFinite(x: unknown, what: string, skip?: string): void {
  const bad = nonFinite(x, skip);
  check(bad.length === 0, () => `${what} has numbers that are not finite: ${bad.slice(0, 5).join(', ')}`);
}

/**
 * The checks that hold for every assessment, whatever the framework (see the `assess` docs),
 * including that its JSON reads back with `parseAssessment` (format, shape, parts that agree). The
 * fingerprint's value (a SHA-256 of the inputs) is left to the properties that compare whole
 * assessments (round trip, order of the observations).
 */
export function expectSoundAssessment(a: Assessment): void {
  expectFinite(a, 'the assessment', 'fingerprint');
  const n = a.units.length;
  const m = a.indicators.length;
  check(a.results.length === n, () => 'one result per unit');
  for (const key of ['raw', 'normalized', 'weightUsed', 'points', 'flags', 'status', 'target', 'planned'] as const) {
    check(a.cells[key].length === n * m, () => `cells.${key} has ${a.cells[key].length} entries for ${n} × ${m} cells`);
  }
  a.cells.normalized.forEach((s, k) => {
    // "Nothing drops out unflagged": a cell without a score says why.
    const flags = a.cells.flags[k]!;
    check(
      s !== null || flags.includes('missing') || flags.includes('unscorable') || flags.includes('excluded'),
      () => `cell ${k} has no score and no flag`,
    );
  });
  const ranked = a.results.filter((r) => r.total !== null).length;
  for (const r of a.results) {
    check((r.rank === null) === (r.total === null), () => `${r.unit}: rank ${r.rank} with total ${r.total}`);
    check(r.rank === null || (r.rank >= 1 && r.rank <= ranked), () => `${r.unit}: rank ${r.rank} of ${ranked}`);
    check(r.areas.length === a.areas.length, () => `${r.unit}: one result per area`);
  }
  const read = parseAssessment(JSON.parse(JSON.stringify(a)));
  check(
    read.ok,
    () =>
      `parseAssessment refuses the assessment's own JSON: ${read.ok ? '' : read.issues.slice(0, 3).map(show).join('; ')}`,
  );
}

/** `explain` on every unit (alternating the language) and on one that is not there: no throw, finite numbers, some text. */
export function expectExplainable(a: Assessment): void {
  a.units.forEach((u, k) => {
    const lang = k % 2 === 0 ? 'zh-CN' : 'en';
    const e = explain(a, { unit: u.id, lang });
    check(e !== null, () => `explain(${u.id}) is null`);
    expectFinite(e, `explain(${u.id}, ${lang})`);
    check(e.text.length > 0, () => `explain(${u.id}) has no text`);
  });
  check(explain(a, { unit: '\u0000not-a-unit' }) === null, () => 'explain() of a unit not assessed is not null');
}

/**
 * What follows a successful parse of a framework or observations: `assess` for the year, checked
 * ({@link expectSoundAssessment}) and explained, whatever numbers the documents hold.
 */
export function expectAssessed(framework: Framework, observations: ObservationInput, year: number): void {
  const a = assess(framework, observations, { period: String(year) });
  expectSoundAssessment(a);
  expectExplainable(a);
}

/**
 * What follows a successful parse of a framework or reports: `annualAssessment` for the year (its
 * assessment checked and explained, every other number finite).
 */
export function expectAnnual(
  framework: Framework,
  observations: ReadonlyArray<Observation>,
  reports: ReadonlyArray<ProgressReport>,
  year: number,
): void {
  const { assessment, ...rest } = annualAssessment(framework, observations, reports, { year });
  expectSoundAssessment(assessment);
  expectExplainable(assessment);
  expectFinite(rest, 'the annual assessment');
}

/**
 * Whether `x` is plain JSON equal to `y`: same key sets, plain objects and arrays only, no
 * `undefined`, NaN or ±Infinity (they would not survive JSON), numbers equal by `Object.is`, so a
 * −0 (which JSON writes as 0) fails too.
 */
export function equalAsJson(x: unknown, y: unknown): boolean {
  if (typeof x === 'number') return typeof y === 'number' && Number.isFinite(x) && Object.is(x, y);
  if (x === null || typeof x !== 'object') return x === y && x !== undefined;
  if (y === null || typeof y !== 'object' || Array.isArray(x) !== Array.isArray(y)) return false;
  if (!Array.isArray(x) && Object.getPrototypeOf(x) !== Object.prototype) return false;
  const xs = Object.keys(x);
  const ys = Object.keys(y);
  return (
    xs.length === ys.length &&
    xs.every((k, i) => k === ys[i] && equalAsJson((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]))
  );
}
