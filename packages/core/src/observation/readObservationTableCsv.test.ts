import { describe, expect, it } from 'vitest';
import { readObservationTableCsv } from './readObservationTableCsv.js';
import { readObservationsCsv } from './readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
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
    const r = readObservationTableCsv('indicator,unit,period,value\na,u,2025,"1,100"\na,u,2024,NA\na,u,2023,x1\na,u,20x,1\n');
    expect(!r.ok && r.issues.map((i) => i.at)).toEqual(['line[4].value', 'line[5].period']);
    const ok = readObservationTableCsv('\uFEFFindicator,unit,period,value\na,u,2025,"1,100"\na,u,2024,NA\n');
    expect(ok.ok && Array.from(ok.value.value)).toEqual([1100, Number.NaN]);
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
    expect(readObservationTableCsv('indicator,unit,period,value\npm25,xihu,2025,30\n', { framework: f.value }).ok).toBe(true);
  });
});
