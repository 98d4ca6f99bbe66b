import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWideObservationsCsv } from './readWideObservationsCsv.js';

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
