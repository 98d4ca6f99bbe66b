import { describe, expect, it } from 'vitest';
import { readObservationTableCsv } from './readObservationTableCsv.js';
import { readObservationsCsv } from './readObservationsCsv.js';
import { readMeixi } from '../model/_fixtures/meixi.js';

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
