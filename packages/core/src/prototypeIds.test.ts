import { describe, expect, it } from 'vitest';
import { parseBundle } from './model/parseBundle.js';
import { meixiFramework, readMeixi } from './model/_fixtures/meixi.js';
import { renameIds } from './model/_fixtures/renameIds.js';
import { readObservationsCsv } from './observation/readObservationsCsv.js';
import { readObservationTableCsv } from './observation/readObservationTableCsv.js';
import { toObservationCube } from './observation/toObservationCube.js';
import { assess } from './scoring/assess/assess.js';
import { explain } from './scoring/assess/explain.js';
import { annualAssessment } from './accountability/annualAssessment.js';
import { measureStatus } from './accountability/measureStatus.js';
import { measureHistory } from './accountability/measureHistory.js';
import { checkRedLines } from './accountability/checkRedLines.js';
import { breachesByUnit } from './accountability/breachesByUnit.js';
import { flagsByUnit } from './accountability/flagsByUnit.js';
import { checkResponsibility } from './accountability/checkResponsibility.js';
import { formatAssessment } from './report/formatAssessment.js';
import { formatAnnualReport } from './report/formatAnnualReport.js';

// The names an object inherits: as ids they must be ordinary ids, never the prototype's members.
const names = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
];

// Meixi City with its districts, areas, the first indicators, measures, nodes, zones, grades and rules renamed.
const meixi = meixiFramework();
const pairs: Array<[string, string]> = [];
const take = (ids: string[]): Map<string, string> => {
  const kind = ids.slice(0, names.length).map((id, k): [string, string] => [names[k]!, id]);
  pairs.push(...kind.map(([name, id]): [string, string] => [id, name]));
  return new Map(kind);
};
const unitOf = take(['xihu', 'dongcheng', 'nanshan', 'beiling', 'qingxi', 'gangkou']);
take(['space', 'env', 'industry']);
take([
  'redline-area',
  'redline-share',
  'eco-villages',
  'green-schools',
  'pm25',
  'good-air-days',
  'water-class3',
  'cluster-share',
]);
take(['assessment-system', 'redline', 'polluters', 'sewage', 'greening', 'eco-creation']);
take(['xihu-wetland', 'nanshan-forest', 'beiling-forest', 'qingxi-river', 'gangkou-coast']);
const gradeOf = take(meixi['scheme'].grades.map((g: { id: string }) => g.id));
take(meixi['scheme'].rules.map((r: { id: string }) => r.id));
take(['reform', 'infrastructure']);
take(['draft', 'issue', 'half', 'full', 'launch', 'list', 'review', 'survey']);
// One map renames every kind: the old ids above are distinct across kinds, so references stay consistent.
const rename = new Map(pairs);
const csv = readMeixi('observations.csv')
  .split('\n')
  .map((line, k) => {
    if (k === 0 || line === '') return line;
    const [indicator, unit, ...rest] = line.split(',');
    return [rename.get(indicator!) ?? indicator, rename.get(unit!) ?? unit, ...rest].join(',');
  })
  .join('\n');

describe('ids named like the members of Object.prototype', () => {
  const observations = readObservationsCsv(csv);
  if (!observations.ok) throw new Error(JSON.stringify(observations.issues.slice(0, 3)));
  const bundle = parseBundle(
    renameIds(
      {
        framework: meixi,
        observations: observations.value,
        reports: JSON.parse(readMeixi('reports.json')),
        flags: [
          { unit: 'xihu', period: '2025', flag: 'nationalHonour' },
          { unit: 'nanshan', period: '2025', flag: 'majorIncident' },
        ],
      },
      rename,
    ),
  );

  it('validate as a bundle', () => {
    expect(bundle.ok ? [] : bundle.issues.slice(0, 5)).toEqual([]);
  });
  if (!bundle.ok) return;
  const { framework, reports } = bundle.value;
  const flags = flagsByUnit(bundle.value.flags ?? [], '2025');
  const breaches = breachesByUnit(checkRedLines(framework.redLines, '2025'));

  it('score exactly as the example city scores (objects, table and cube)', () => {
    const plainObservations = readObservationsCsv(readMeixi('observations.csv'));
    const plain = parseBundle({
      framework: meixiFramework(),
      observations: plainObservations.ok ? plainObservations.value : [],
      reports: [],
    });
    if (!plain.ok) throw new Error('the example city must parse');
    const expected = assess(plain.value.framework, plain.value.observations, {
      period: '2025',
      breaches: breachesByUnit(checkRedLines(plain.value.framework.redLines, '2025')),
      flags: { xihu: ['nationalHonour'], nanshan: ['majorIncident'] },
    }).results.map((r) => [r.unit, r.total, r.grade, r.rank]);
    const table = readObservationTableCsv(csv);
    if (!table.ok) throw new Error('the table must parse');
    for (const input of [
      bundle.value.observations,
      table.value,
      toObservationCube(framework, bundle.value.observations, '2025')!,
    ]) {
      const a = assess(framework, input, { period: '2025', breaches, flags });
      expect(
        a.results.map((r) => [unitOf.get(r.unit), r.total, r.grade === null ? null : gradeOf.get(r.grade), r.rank]),
      ).toEqual(expected);
      expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('explain, format, report, measure status, history and red lines without a crash', () => {
    const a = assess(framework, bundle.value.observations, {
      period: '2025',
      breaches,
      flags,
      units: names.slice(0, 6),
    });
    expect(a.results.map((r) => r.unit).sort()).toEqual(names.slice(0, 6).sort());
    for (const unit of names.slice(0, 6)) expect(explain(a, { unit })?.unit).toBe(unit);
    expect(explain(a, { unit: 'propertyIsEnumerable' })).toBeNull();
    for (const format of ['table', 'json', 'csv', 'md'] as const)
      expect(formatAssessment(a, { format })).toContain('__proto__');
    const annual = annualAssessment(framework, bundle.value.observations, reports, { year: 2025, flags });
    expect(annual.assessment.results.length).toBe(6);
    for (const format of ['md', 'json', 'csv'] as const)
      expect(formatAnnualReport(annual, { format }).length).toBeGreaterThan(0);
    for (const m of framework.measures) expect(measureStatus(m, reports, '2025-12-31').measure).toBe(m.id);
    expect(measureHistory(framework, reports, '2025-12-31').length).toBeGreaterThan(0);
    expect(Object.keys(breaches)).toEqual(['toString']);
    expect(checkResponsibility(framework)).toEqual([]);
  });

  it('are never found when absent: an empty flags record has no "constructor" flags', () => {
    const a = assess(framework, bundle.value.observations, { period: '2025', flags: {}, breaches: {} });
    expect(a.results.map((r) => [r.unit, r.total, r.grade])).toEqual(
      assess(framework, bundle.value.observations, { period: '2025' }).results.map((r) => [r.unit, r.total, r.grade]),
    );
  });
});
