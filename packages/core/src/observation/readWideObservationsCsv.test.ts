import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWideObservationsCsv } from './readWideObservationsCsv.js';
import { parseFramework } from '../model/parseFramework.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';

const eiu = readFileSync(
  fileURLToPath(new URL('../../../../examples/datasets/eiu-water-optimisation/entities.csv', import.meta.url)),
  'utf8',
);

describe('readWideObservationsCsv', () => {
  it('reads the EIU Water Optimisation Index file (51 city rows), "-" and blanks kept as missing, "1,100" as 1100', () => {
    const r = readWideObservationsCsv(eiu, { period: '2019' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cities = new Set(r.value.map((o) => o.unit));
    expect(cities.size).toBe(51);
    expect(r.value.find((o) => o.unit === 'Abu Dhabi' && o.indicator === 'BG_1.04')!.value).toBe(1100);
    expect(r.value.find((o) => o.unit === 'Accra' && o.indicator === 'BG_1.02')!.value).toBeNull();
    expect(r.value.some((o) => o.indicator === '')).toBe(false);
  });

  it('names the line and column of a bad cell', () => {
    const r = readWideObservationsCsv('name,a,b\nX,1,oops\n', { period: '2025' });
    expect(!r.ok && r.issues.map((i) => i.at)).toEqual(['line[2].b']);
  });

  it('takes the unit from a named column and rejects a bad period', () => {
    const r = readWideObservationsCsv('a,city\n5,Y\n', { period: '2025', unitColumn: 'city' });
    expect(r.ok && r.value).toEqual([{ indicator: 'a', unit: 'Y', period: '2025', value: 5 }]);
    expect(readWideObservationsCsv('a\n1\n', { period: '2025-13' }).ok).toBe(false);
  });
});

describe('readWideObservationsCsv refuses what it cannot read one right way (issue 17, item 3)', () => {
  const at = (r: ReturnType<typeof readWideObservationsCsv>): string[][] =>
    r.ok ? [] : r.issues.map((i) => [i.at, i.code]);

  it('reports an unquoted 1,034 and a short row at their lines', () => {
    expect(at(readWideObservationsCsv('unit,pm25,green\nxihu,1,034,5\ngangkou,3\n', { period: '2025' }))).toEqual([
      ['line[2]', 'row_length'],
      ['line[3]', 'row_length'],
    ]);
  });

  it('refuses white space inside a number, broken groups and hex', () => {
    expect(at(readWideObservationsCsv('unit,a,b,c\nxihu,30 5,"0,305",0x10\n', { period: '2025' }))).toEqual([
      ['line[2].a', 'invalid_cell'],
      ['line[2].b', 'invalid_cell'],
      ['line[2].c', 'invalid_cell'],
    ]);
  });

  it('reports an indicator column named twice', () => {
    expect(at(readWideObservationsCsv('unit,pm25,pm25\nxihu,1,2\n', { period: '2025' }))).toEqual([
      ['line[1].pm25', 'duplicate_column'],
    ]);
  });

  it('refuses a unit given two different values for one indicator', () => {
    expect(at(readWideObservationsCsv('unit,pm25\nxihu,31\nxihu,35\n', { period: '2025' }))).toEqual([
      ['line[3].pm25', 'conflicting_observation'],
    ]);
  });

  it("given the framework, refuses a value not of its indicator's kind", () => {
    const parsed = parseFramework(meixiFramework());
    if (!parsed.ok) throw new Error('the example city must parse');
    const framework = parsed.value;
    expect(
      at(readWideObservationsCsv('unit,pm25,eco-park\nxihu,是,-1\ngangkou,30,否\n', { period: '2025', framework })),
    ).toEqual([
      ['line[2].pm25', 'value_kind'],
      ['line[2]["eco-park"]', 'value_kind'],
    ]);
  });
});

describe('readWideObservationsCsv with names mapped to ids', () => {
  const text = 'city,PM2.5,rank\nAbu Dhabi,31,1\nXihu District,28,2\n';
  it('maps unit names and column headers to ids, skipping columns mapped to null', () => {
    const r = readWideObservationsCsv(text, {
      period: '2025',
      unitIds: { 'Abu Dhabi': 'abu-dhabi', 'Xihu District': 'xihu' },
      indicatorIds: { 'PM2.5': 'pm25', rank: null },
    });
    expect(r.ok && r.value).toEqual([
      { indicator: 'pm25', unit: 'abu-dhabi', period: '2025', value: 31 },
      { indicator: 'pm25', unit: 'xihu', period: '2025', value: 28 },
    ]);
  });

  it('reports a name that maps to nothing at its line, never keeping it as an id', () => {
    const r = readWideObservationsCsv(text, {
      period: '2025',
      unitIds: { 'Xihu District': 'xihu', constructor: 'x' },
      indicatorIds: { 'PM2.5': 'pm25' },
    });
    expect(!r.ok && r.issues.map((i) => `${i.at} ${i.message.en}`)).toEqual([
      'line[1].rank column "rank" is not in indicatorIds (map it to an indicator id, or to null if it holds none)',
      'line[2].city line 2: the unit name "Abu Dhabi" is not in unitIds',
    ]);
    expect(readWideObservationsCsv('city,a\nconstructor,1\n', { period: '2025', unitIds: {} }).ok).toBe(false);
  });

  it('checks the ids against a framework at their lines', () => {
    const meixi = parseFramework(meixiFramework());
    if (!meixi.ok) throw new Error('the example city must parse');
    const r = readWideObservationsCsv('name,pm25,green\nxihu,31,1\nAbu Dhabi,30,2\n', {
      period: '2025',
      framework: meixi.value,
    });
    expect(!r.ok && r.issues.map((i) => i.at)).toEqual(['line[3].unit', 'line[2].indicator']);
  });
});
