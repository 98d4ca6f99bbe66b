import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readObservationsCsv } from './readObservationsCsv.js';
import { writeObservationsCsv } from './writeObservationsCsv.js';
import { parseObservations } from './parseObservations.js';
import type { Observation } from './observation.schema.js';
import { readMeixi } from '../model/_fixtures/meixi.js';

const header = 'indicator,unit,period,value\n';

describe('readObservationsCsv', () => {
  it('reads the Meixi observations: 720 rows, blanks kept as missing', () => {
    const r = readObservationsCsv(readMeixi('observations.csv'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(720);
    expect(r.value.filter((o) => o.value === null)).toHaveLength(3);
  });

  it('keeps -, .., NA, n/a and blank as missing, never 0', () => {
    const r = readObservationsCsv(`${header}a,u,2025,-\na,u,2024,..\na,u,2023,NA\na,u,2022,n/a\na,u,2021,\n`);
    expect(r.ok && r.value.map((o) => o.value)).toEqual([null, null, null, null, null]);
  });

  it('reads 1,100 and 1 100 as 1100, booleans as booleans, and accepts a BOM', () => {
    const r = readObservationsCsv(`\uFEFF${header}a,u,2025,"1,100"\na,u,2024,1 100\na,u,2023,1\u202f100.5\nb,u,2025,true\nb,u,2024,否\n`);
    expect(r.ok && r.value.map((o) => o.value)).toEqual([1100, 1100, 1100.5, true, false]);
  });

  it('names the line and column of every bad cell, all at once', () => {
    const r = readObservationsCsv(`${header}a,u,2025,12x\na,u,2025-13,3\n,u,2025,1\n`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.at)).toEqual(['line[2].value', 'line[3].period', 'line[4].indicator']);
    expect(r.issues[0]!.message.en).toBe('line 2, column "value": "12x" is not a number, true/false or a missing mark');
    expect(r.issues[0]!.message.zh).toContain('第 2 行');
  });

  it('reports a missing required column', () => {
    const r = readObservationsCsv('indicator,unit,value\na,u,1\n');
    expect(!r.ok && r.issues[0]!.code).toBe('missing_column');
  });

  it('trims the ids, period and value but keeps the note and source as written; an empty one is no note', () => {
    const r = readObservationsCsv('indicator,unit,period,value,note,source\n pm25 , xihu , 2025 , 31.2 ,  two spaces ,\t\npm25,xihu,2024,30,,\n');
    expect(r).toEqual({ ok: true, value: [
      { indicator: 'pm25', unit: 'xihu', period: '2025', value: 31.2, note: '  two spaces ', source: '\t' },
      { indicator: 'pm25', unit: 'xihu', period: '2024', value: 30 },
    ] });
  });

  it('round-trips through writeObservationsCsv exactly, for every observation the schema accepts (property)', () => {
    const cell = fc.string({ unit: fc.oneof(fc.constantFrom(' ', '\t', '\n', '\r', ',', '"', '\u00a0', '东'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 12 });
    const name = cell.filter((s) => s.trim() === s);
    const observation = fc.record(
      {
        indicator: name, unit: name,
        period: fc.constantFrom('2025', '2024-Q3', '2023-07', '2022-02-28'),
        value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)), fc.boolean(), fc.constant(null)),
        note: cell, source: cell, revision: fc.nat(9),
      },
      { requiredKeys: ['indicator', 'unit', 'period', 'value'] },
    );
    fc.assert(fc.property(fc.array(observation, { maxLength: 8 }), (list) => {
      expect(parseObservations(list).ok).toBe(true);
      const back = readObservationsCsv(writeObservationsCsv(list as Observation[]));
      expect(back).toEqual({ ok: true, value: list });
    }), { numRuns: 300 });
  });
});

describe('parseObservations', () => {
  it('gives the path of every bad field', () => {
    const r = parseObservations([{ indicator: 'a', unit: 'u', period: '2025', value: 1 }, { indicator: 'a', unit: 'u', period: '2025', value: 'x' }]);
    expect(!r.ok && r.issues.map((i) => i.at)).toEqual(['[1].value']);
  });
  it('refuses what a CSV could not carry back: ids with white space at an end, an empty note or source', () => {
    const r = parseObservations([
      { indicator: ' pm25', unit: 'xihu', period: '2025', value: 1 },
      { indicator: 'pm25', unit: 'xihu\n', period: '2025', value: 1 },
      { indicator: 'pm25', unit: 'xihu', period: '2025', value: 1, note: '', source: '' },
      { indicator: 'pm 25', unit: 'xi hu', period: '2025', value: 1, note: ' ', source: ' x ' },
    ]);
    expect(!r.ok && r.issues.map((i) => [i.at, i.code])).toEqual([['[0].indicator', 'custom'], ['[1].unit', 'custom'], ['[2].note', 'too_small'], ['[2].source', 'too_small']]);
    expect(!r.ok && r.issues[0]!.message).toEqual({
      en: 'must not start or end with white space (CSV readers trim it, so it could never match)', zh: '首尾不能有空白字符（CSV 读取时会去除，无法对应）',
    });
  });
});
