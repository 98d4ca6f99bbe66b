import { describe, expect, it } from 'vitest';
import { readObservationTableCsv } from './readObservationTableCsv.js';
import { readObservationsCsv } from './readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import type { Framework } from '../model/framework.schema.js';
import { parseFramework } from '../model/parseFramework.js';

describe('readObservationTableCsv', () => {
  it('holds the same values as readObservationsCsv on the example city', () => {
    const text = readMeixi('observations.csv');
    const table = readObservationTableCsv(text);
    const objects = readObservationsCsv(text);
    expect(table.ok && objects.ok).toBe(true);
    if (!table.ok || !objects.ok) return;
    expect(table.value.value.length).toBe(objects.value.length);
    objects.value.forEach((o, k) => {
      expect(table.value.indicators[table.value.indicator[k]!]).toBe(o.indicator);
      expect(table.value.units[table.value.unit[k]!]).toBe(o.unit);
      expect(table.value.periods[table.value.period[k]!]).toBe(o.period);
      const v = table.value.value[k]!;
      if (o.value === null) expect(v).toBeNaN();
      else expect(v).toBe(typeof o.value === 'boolean' ? Number(o.value) : o.value);
      expect(table.value.isBoolean[k]).toBe(typeof o.value === 'boolean' ? 1 : 0);
    });
  });

  it('trims names and refuses empty ones, as readObservationsCsv does (fuzzing found " xihu" read as another unit)', () => {
    const t = readObservationTableCsv('indicator,unit,period,value\n pm25 , xihu ,2025 ,31\n   \npm25,,2025,30\n');
    expect(t.ok).toBe(false);
    if (t.ok) return;
    expect(t.issues.map((i) => i.at)).toEqual(['line[4].unit']);
    const ok = readObservationTableCsv('indicator,unit,period,value\n pm25 , xihu , 2025 ,31\n');
    expect(ok.ok && [ok.value.indicators, ok.value.units, ok.value.periods]).toEqual([['pm25'], ['xihu'], ['2025']]);
  });
  it('applies the same cell rules and names bad cells by line', () => {
    const r = readObservationTableCsv(
      'indicator,unit,period,value\na,u,2025,"1,100"\na,u,2024,NA\na,u,2023,x1\na,u,20x,1\n',
    );
    expect(!r.ok && r.issues.map((i) => i.at)).toEqual(['line[4].value', 'line[5].period']);
    const ok = readObservationTableCsv('\uFEFFindicator,unit,period,value\na,u,2025,"1,100"\na,u,2024,NA\n');
    expect(ok.ok && Array.from(ok.value.value)).toEqual([1100, Number.NaN]);
  });
});

describe('readObservationTableCsv follows the same rules as readObservationsCsv (issue 17, item 3)', () => {
  const framework = meixiFramework() as Framework;
  const cases: Array<[string, string]> = [
    ['0x10, accepted as 16 by the table reader alone', 'indicator,unit,period,value\npm25,xihu,2025,0x10\n'],
    ['Infinity and 1e400', 'indicator,unit,period,value\npm25,xihu,2025,Infinity\npm25,xihu,2024,1e400\n'],
    ['white space and broken groups', 'indicator,unit,period,value\npm25,xihu,2025,30 5\npm25,xihu,2024,"0,305"\n'],
    ['an unquoted 1,034', 'indicator,unit,period,value,note\npm25,xihu,2025,1,034,\n'],
    ['a duplicated header column', 'indicator,unit,period,value,unit\npm25,xihu,2025,1,dongcheng\n'],
    [
      'a stray quote',
      'indicator,unit,period,value,note\npm25,xihu,2025,1,"stray\npm25,xihu,2024,2,\npm25,xihu,2023,3,\n',
    ],
    ['conflicting rows', 'indicator,unit,period,value\npm25,xihu,2025,31\npm25,xihu,2025,35\npm25,xihu,2025,35\n'],
    ['a bad revision', 'indicator,unit,period,value,revision\npm25,xihu,2025,31,0x10\n'],
    ['kinds against the framework', 'indicator,unit,period,value\npm25,xihu,2025,true\neco-park,xihu,2025,0.01\n'],
  ];
  it.each(cases)('refuses %s with the same issues at the same lines', (_, text) => {
    const table = readObservationTableCsv(text, { framework });
    const objects = readObservationsCsv(text, { framework });
    expect(table.ok).toBe(false);
    expect(objects.ok).toBe(false);
    if (table.ok || objects.ok) return;
    expect(table.issues.map((i) => [i.at, i.code])).toEqual(objects.issues.map((i) => [i.at, i.code]));
  });

  it('accepts the same rows with different revisions and repeated identical rows', () => {
    const t = readObservationTableCsv(
      'indicator,unit,period,value,revision\npm25,xihu,2025,31,\npm25,xihu,2025,35,1\npm25,xihu,2024,30,\npm25,xihu,2024,30,\n',
    );
    expect(t.ok && Array.from(t.value.value)).toEqual([31, 35, 30, 30]);
  });
});

describe('readObservationTableCsv with a framework', () => {
  it('reports units, indicators and periods the framework cannot use at their lines, as readObservationsCsv does', () => {
    const f = parseFramework(meixiFramework());
    if (!f.ok) throw new Error('the example city must parse');
    const text = 'indicator,unit,period,value\npm25,xihu,2025,30\n\npm25,Xihu,2025,31\npm2.5,xihu,2025-Q4,1\n';
    const table = readObservationTableCsv(text, { framework: f.value });
    const objects = readObservationsCsv(text, { framework: f.value });
    const at = (r: typeof table | typeof objects) => (r.ok ? [] : r.issues.map((i) => `${i.at} ${i.message.en}`));
    expect(at(table)).toEqual([
      'line[4].unit unknown unit "Xihu" in 1 observation; did you mean "xihu"?',
      'line[5].indicator unknown indicator "pm2.5" in 1 observation; did you mean "pm25"?',
      'line[5].period period "2025-Q4" in 1 observation: a quarter, but the framework\'s plan and targets use year periods',
    ]);
    expect(at(objects)).toEqual(at(table));
    expect(readObservationTableCsv('indicator,unit,period,value\npm25,xihu,2025,30\n', { framework: f.value }).ok).toBe(
      true,
    );
  });
});
