import { describe, expect, it } from 'vitest';
import { parseAssessment } from './parseAssessment.js';
import { assess } from './assess.js';
import { ASSESSMENT_FORMAT, AssessmentResultsSchema, type Assessment } from './assessment.js';
import { assessBundle } from '../../accountability/assessBundle.js';
import { parseFramework } from '../../model/parseFramework.js';
import { readObservationsCsv } from '../../observation/readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../../model/_fixtures/meixi.js';

const f = parseFramework(meixiFramework());
const o = readObservationsCsv(readMeixi('observations.csv'));
if (!f.ok || !o.ok) throw new Error('the example city must parse');
const framework = f.value;
const observations = o.value;
const flags = [
  { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' },
  { unit: 'xihu', period: '2025', flag: 'majorIncident' },
];
const assessment = assessBundle({ framework, observations, flags }, { period: '2025' });
/** The assessment as JSON text read back: what a page or a service receives. */
const json = (): Record<string, unknown> & Assessment =>
  JSON.parse(JSON.stringify(assessment)) as Record<string, unknown> & Assessment;
const issuesOf = (input: unknown) => {
  const r = parseAssessment(input);
  return r.ok ? [] : r.issues.map((i) => [i.at, i.code]);
};

describe('parseAssessment()', () => {
  it('reads back the JSON of an assessment, rules with their effects included, as the same value', () => {
    const r = parseAssessment(json());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toStrictEqual(JSON.parse(JSON.stringify(assessment)));
    expect(assessment.results.some((u) => u.rules.length > 0)).toBe(true);
  });

  it('reads back the 2021 assessment too, with its imputed cells and a unit under a missing-data policy', () => {
    expect(parseAssessment(JSON.parse(JSON.stringify(assess(framework, observations, { period: '2021' })))).ok).toBe(
      true,
    );
  });

  it('reads back an assessment whose diagnostics name units and indicators the framework does not declare', () => {
    const foreign = [
      ...observations,
      { indicator: 'pm2.5', unit: 'xihu', period: '2025', value: 30 },
      { indicator: 'pm25', unit: 'Xihu', period: '2025', value: 30 },
    ];
    const a = assess(framework, foreign, { period: '2025' });
    expect(a.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['unknown_unit', 'unknown_indicator']));
    expect(parseAssessment(JSON.parse(JSON.stringify(a))).ok).toBe(true);
  });

  it('refuses an assessment with the format marker and no cells, at the path cells', () => {
    const { cells: _cells, ...a } = json();
    expect(issuesOf(a)).toEqual([['cells', 'invalid_type']]);
  });

  it('refuses the results-only detail as an assessment (no cells, no fingerprint), though it has the shape of AssessmentResults', () => {
    const results = JSON.parse(
      JSON.stringify(assess(framework, observations, { period: '2025', detail: 'results' })),
    ) as unknown;
    expect(AssessmentResultsSchema.safeParse(results).success).toBe(true);
    expect(
      issuesOf(results)
        .map(([at]) => at)
        .sort(),
    ).toEqual(['cells', 'fingerprint']);
  });

  it('says which format it reads when given another version, and checks nothing else', () => {
    const r = parseAssessment({ ...json(), format: 'eco-reform.assessment/1', cells: null });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ at: 'format', code: 'invalid_value' });
    expect(r.issues[0]!.message.en).toContain(ASSESSMENT_FORMAT);
    expect(r.issues[0]!.message.en).toContain('"eco-reform.assessment/1"');
    expect(r.issues[0]!.message.zh).toContain(ASSESSMENT_FORMAT);
    expect(issuesOf({ units: [] })).toEqual([['format', 'invalid_value']]);
    expect(issuesOf(null)).toEqual([['format', 'invalid_value']]);
  });

  it('refuses a cell column whose length is not units × indicators, naming the column', () => {
    const a = json();
    a.cells.points.pop();
    a.cells.status.push('onTrack');
    const r = parseAssessment(a);
    expect(issuesOf(a)).toEqual([
      ['cells.points', 'wrong_length'],
      ['cells.status', 'wrong_length'],
    ]);
    if (!r.ok)
      expect(r.issues[0]!.message.en).toBe(
        `${a.units.length * a.indicators.length - 1} entries; expected ${a.units.length * a.indicators.length} (6 units × ${a.indicators.length} indicators)`,
      );
  });

  it('refuses results for units the assessment does not list, twice for one unit, or missing', () => {
    const a = json();
    a.results[1]!.unit = 'atlantis';
    expect(issuesOf(a)).toEqual([['results[1].unit', 'unknown_reference']]);
    const b = json();
    b.results[1]!.unit = b.results[0]!.unit;
    expect(issuesOf(b)).toEqual([['results[1].unit', 'duplicate_id']]);
    const c = json();
    c.results.pop();
    expect(issuesOf(c)).toEqual([['results', 'wrong_length']]);
  });

  it('refuses references to areas, grades, indicators and units that are not in the assessment', () => {
    const a = json();
    a.indicators[0]!.area = 'nowhere';
    a.areas[0]!.parent = 'nowhere';
    a.results[0]!.grade = 'platinum';
    a.results[0]!.areas[0]!.area = a.areas[1]!.id;
    a.diagnostics.push({
      severity: 'warning',
      code: 'no_total',
      message: { en: 'x', zh: 'x' },
      unit: 'atlantis',
      indicator: 'nope',
    });
    expect(issuesOf(a)).toEqual([
      ['indicators[0].area', 'unknown_reference'],
      ['areas[0].parent', 'unknown_reference'],
      ['results[0].grade', 'unknown_reference'],
      ['results[0].areas[0].area', 'invalid_value'],
      [`diagnostics[${a.diagnostics.length - 1}].unit`, 'unknown_reference'],
      [`diagnostics[${a.diagnostics.length - 1}].indicator`, 'unknown_reference'],
    ]);
  });

  it('refuses duplicate ids and values outside the typed unions, with their paths', () => {
    const a = json() as unknown as {
      units: Array<{ id: string }>;
      indicators: Array<{ missing: string }>;
      diagnostics: Array<{ code: string }>;
      results: Array<{ rules: Array<{ effect: string }> }>;
    };
    a.units[1]!.id = a.units[0]!.id;
    expect(issuesOf(a)).toContainEqual(['units[1].id', 'duplicate_id']);
    const b = json() as unknown as typeof a;
    b.indicators[0]!.missing = 'guess';
    const ruled = b.results.findIndex((r) => r.rules.length > 0);
    b.results[ruled]!.rules[0]!.effect = 'maybe';
    expect(issuesOf(b)).toEqual([
      ['indicators[0].missing', 'invalid_value'],
      [`results[${ruled}].rules[0].effect`, 'invalid_value'],
    ]);
  });

  it('refuses unknown keys and numbers JSON cannot hold', () => {
    const a = json();
    (a as Record<string, unknown>)['extra'] = 1;
    a.results[0]!.total = Number.POSITIVE_INFINITY;
    expect(issuesOf(a).sort()).toEqual([
      ['extra', 'unrecognized_keys'],
      ['results[0].total', 'invalid_type'],
    ]);
  });
});
