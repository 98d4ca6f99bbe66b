import { describe, expect, it } from 'vitest';
import { assess } from '../assess/assess.js';
import { parseFramework } from '../../model/parseFramework.js';
import { meixiFramework, readMeixi } from '../../model/_fixtures/meixi.js';
import { readObservationsCsv } from '../../observation/readObservationsCsv.js';
import { readObservationTableCsv } from '../../observation/readObservationTableCsv.js';
import { toObservationCube } from '../../observation/toObservationCube.js';

const parsed = parseFramework(meixiFramework());
const text = readMeixi('observations.csv');
const csv = readObservationsCsv(text);
if (!parsed.ok || !csv.ok) throw new Error('the example city must parse');
const framework = parsed.value;
// Gangkou's 2025 rows carry a quarter label, and one of Xihu's rows a capital letter.
const relabelled = text
  .split('\n')
  .map((line) => {
    const [indicator, unit, period, ...rest] = line.split(',');
    if (unit === 'gangkou' && period === '2025') return [indicator, unit, '2025-Q4', ...rest].join(',');
    if (unit === 'xihu' && period === '2025' && indicator === 'pm25')
      return [indicator, 'Xihu', period, ...rest].join(',');
    return line;
  })
  .join('\n');
const errors = (a: ReturnType<typeof assess>) =>
  a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message.en}`);

describe('assess() with data it cannot score', () => {
  const table = readObservationTableCsv(relabelled);
  const objects = readObservationsCsv(relabelled);
  if (!table.ok || !objects.ok) throw new Error('the relabelled data must parse');

  it('reports unknown units and a period labelled by quarter instead of dropping them silently (objects and table)', () => {
    const expected = [
      'unknown_unit observations of 2025 name the unit "Xihu" (1 observation), which the framework does not declare; they are not scored; did you mean "xihu"?',
      'unassessed_period observations labelled "2025-Q4" (20 observations) fall within 2025 but are not scored: only observations labelled "2025" are',
    ];
    expect(errors(assess(framework, objects.value, { period: '2025' }))).toEqual(expected);
    expect(errors(assess(framework, table.value, { period: '2025' }))).toEqual(expected);
  });

  it('reports an unknown indicator in the assessed period only', () => {
    const list = [
      ...csv.value,
      { indicator: 'pm2.5', unit: 'xihu', period: '2025', value: 30 },
      { indicator: 'pm2.5', unit: 'xihu', period: '2024', value: 31 },
    ];
    expect(errors(assess(framework, list, { period: '2025' }))).toEqual([
      'unknown_indicator observations of 2025 name the indicator "pm2.5" (1 observation), which the framework does not declare; they are not scored; did you mean "pm25"?',
    ]);
  });

  it('reports units asked for that the framework does not declare', () => {
    const a = assess(framework, csv.value, { period: '2025', units: ['xihu', 'Abu Dhabi', '西湖区'] });
    expect(a.results.map((r) => r.unit)).toEqual(['xihu']);
    expect(errors(a)).toEqual([
      'unknown_unit the unit "Abu Dhabi" asked for is not declared by the framework, so it is not assessed',
      'unknown_unit the unit "西湖区" asked for is not declared by the framework, so it is not assessed; did you mean "xihu"?',
    ]);
  });

  it('reports a cube holding values of a unit the framework does not declare', () => {
    const cube = toObservationCube(framework, csv.value, '2025')!;
    const foreign = { ...cube, units: cube.units.map((u) => (u === 'gangkou' ? 'Gangkou' : u)) };
    expect(errors(assess(framework, foreign, { period: '2025' }))[0]).toBe(
      'unknown_unit observations of 2025 name the unit "Gangkou", which the framework does not declare; they are not scored; did you mean "gangkou"?',
    );
  });

  it('says nothing about clean data', () => {
    expect(errors(assess(framework, csv.value, { period: '2025' }))).toEqual([]);
    expect(errors(assess(framework, toObservationCube(framework, csv.value, '2025')!, { period: '2025' }))).toEqual([]);
  });
});
