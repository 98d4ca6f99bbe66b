import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWideObservationsCsv } from './readWideObservationsCsv.js';
import { parseFramework } from '../model/parseFramework.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';

const eiu = readFileSync(fileURLToPath(new URL('../../../../examples/datasets/eiu-water-optimisation/entities.csv', import.meta.url)), 'utf8');

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

describe('readWideObservationsCsv with names mapped to ids', () => {
  const text = 'city,PM2.5,rank\nAbu Dhabi,31,1\nXihu District,28,2\n';
  it('maps unit names and column headers to ids, skipping columns mapped to null', () => {
    const r = readWideObservationsCsv(text, { period: '2025', unitIds: { 'Abu Dhabi': 'abu-dhabi', 'Xihu District': 'xihu' }, indicatorIds: { 'PM2.5': 'pm25', rank: null } });
    expect(r.ok && r.value).toEqual([
      { indicator: 'pm25', unit: 'abu-dhabi', period: '2025', value: 31 },
      { indicator: 'pm25', unit: 'xihu', period: '2025', value: 28 },
    ]);
  });

  it('reports a name that maps to nothing at its line, never keeping it as an id', () => {
    const r = readWideObservationsCsv(text, { period: '2025', unitIds: { 'Xihu District': 'xihu', constructor: 'x' }, indicatorIds: { 'PM2.5': 'pm25' } });
    expect(!r.ok && r.issues.map((i) => `${i.at} ${i.message.en}`)).toEqual([
      'line[1].rank column "rank" is not in indicatorIds (map it to an indicator id, or to null if it holds none)',
      'line[2].city line 2: the unit name "Abu Dhabi" is not in unitIds',
    ]);
    expect(readWideObservationsCsv('city,a\nconstructor,1\n', { period: '2025', unitIds: {} }).ok).toBe(false);
  });

  it('checks the ids against a framework at their lines', () => {
    const meixi = parseFramework(meixiFramework());
    if (!meixi.ok) throw new Error('the example city must parse');
    const r = readWideObservationsCsv('name,pm25,green\nxihu,31,1\nAbu Dhabi,30,2\n', { period: '2025', framework: meixi.value });
    expect(!r.ok && r.issues.map((i) => i.at)).toEqual(['line[3].unit', 'line[2].indicator']);
  });
});
