import { describe, expect, it } from 'vitest';
import { checkObservationIds } from './checkObservationIds.js';
import { parseFramework } from './parseFramework.js';
import { parseBundle } from './parseBundle.js';
import { meixiFramework, readMeixi } from './_fixtures/meixi.js';
import { readObservationsCsv } from '../observation/readObservationsCsv.js';
import { readObservationTableCsv } from '../observation/readObservationTableCsv.js';
import type { Observation } from '../observation/observation.schema.js';

const parsed = parseFramework(meixiFramework());
const csv = readObservationsCsv(readMeixi('observations.csv'));
if (!parsed.ok || !csv.ok) throw new Error('the example city must parse');
const framework = parsed.value;
const observations = csv.value;
const o = (unit: string, indicator: string, period = '2025'): Observation => ({ unit, indicator, period, value: 1 });
const messages = (list: ReadonlyArray<Observation>) =>
  checkObservationIds(framework, list).map((i) => `${i.at} ${i.message.en}`);

describe('checkObservationIds', () => {
  it('finds nothing in the example city', () => {
    expect(checkObservationIds(framework, observations)).toEqual([]);
  });

  it('reports an unknown unit with the declared id meant: case, the unit name, an invisible or Cyrillic letter', () => {
    expect(
      messages([
        o('Xihu', 'pm25'),
        o('西湖区', 'pm25'),
        o('xi\u200bhu', 'pm25'),
        o('\u0445ihu', 'pm25'),
        o('atlantis', 'pm25'),
      ]),
    ).toEqual([
      '[0].unit unknown unit "Xihu" in 1 observation; did you mean "xihu"?',
      '[1].unit unknown unit "西湖区" in 1 observation; did you mean "xihu"?',
      '[2].unit unknown unit "xi\\u{200B}hu" in 1 observation; did you mean "xihu"?',
      '[3].unit unknown unit "\u0445ihu" in 1 observation; did you mean "xihu"?',
      '[4].unit unknown unit "atlantis" in 1 observation; the framework declares no such unit',
    ]);
  });

  it('reports an unknown indicator once, at its first row, with how many rows have it', () => {
    const list = [o('xihu', 'pm2.5'), o('dongcheng', 'pm2.5'), o('xihu', 'good-air-day')];
    expect(messages(list)).toEqual([
      '[0].indicator unknown indicator "pm2.5" in 2 observations; did you mean "pm25"?',
      '[2].indicator unknown indicator "good-air-day" in 1 observation; did you mean "good-air-days"?',
    ]);
    expect(checkObservationIds(framework, list)[0]!.message.zh).toBe('未知指标“pm2.5”（2 条观测）；是否应为“pm25”？');
  });

  it('reports a quarter when the plan and targets are years, and a year after the plan and every target', () => {
    expect(messages([o('xihu', 'pm25', '2025-Q4'), o('xihu', 'pm25', '2205')])).toEqual([
      '[0].period period "2025-Q4" in 1 observation: a quarter, but the framework\'s plan and targets use year periods',
      '[1].period period "2205" in 1 observation: after the plan period and every target (the last is in 2026)',
    ]);
  });

  it('locates rows where the caller says (CSV lines, bundle paths)', () => {
    const issues = checkObservationIds(framework, [o('Xihu', 'pm25')], { pathOf: (k) => ['line', k + 2] });
    expect(issues.map((i) => i.at)).toEqual(['line[2].unit']);
  });

  it('reads a columnar table and a cube the same way', () => {
    const table = readObservationTableCsv(
      'indicator,unit,period,value\npm25,Xihu,2025,30\npm25,xihu,2025-Q4,30\npm25,Xihu,2024,31\n',
    );
    if (!table.ok) throw new Error('the table must parse');
    expect(checkObservationIds(framework, table.value).map((i) => `${i.at} ${i.message.en}`)).toEqual([
      '[0].unit unknown unit "Xihu" in 2 observations; did you mean "xihu"?',
      '[1].period period "2025-Q4" in 1 observation: a quarter, but the framework\'s plan and targets use year periods',
    ]);
    const cube = { periods: ['2025'], units: ['xihu', 'Abu Dhabi'], indicators: ['pm25'], values: new Float64Array(2) };
    expect(checkObservationIds(framework, cube).map((i) => `${i.at} ${i.message.en}`)).toEqual([
      'units[1] unknown unit "Abu Dhabi"; the framework declares no such unit',
    ]);
  });
});

describe('parseBundle', () => {
  it('refuses observations of unknown units, indicators and periods, at their paths', () => {
    const r = parseBundle({
      framework: meixiFramework(),
      observations: [...observations, o('Xihu', 'pm25'), o('xihu', 'pm2.5', '2025-Q4')],
      reports: [],
    });
    expect(r.ok ? [] : r.issues.map((i) => i.at)).toEqual([
      `observations[${observations.length}].unit`,
      `observations[${observations.length + 1}].indicator`,
      `observations[${observations.length + 1}].period`,
    ]);
  });
});

describe('flags naming a unit the framework does not declare', () => {
  it('are refused with the unit meant', () => {
    const r = parseBundle({
      framework: meixiFramework(),
      observations: [],
      reports: [],
      flags: [{ unit: '港口区', period: '2025', flag: 'majorIncident' }],
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.at} ${i.message.en}`)).toEqual([
      'flags[0].unit unknown unit "港口区"; did you mean "gangkou"?',
    ]);
  });
});
