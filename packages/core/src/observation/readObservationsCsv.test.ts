import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readObservationsCsv } from './readObservationsCsv.js';
import { writeObservationsCsv } from './writeObservationsCsv.js';
import { parseObservations } from './parseObservations.js';
import type { Observation } from './observation.schema.js';
import type { Framework } from '../model/framework.schema.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';

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
    const r = readObservationsCsv(
      `\uFEFF${header}a,u,2025,"1,100"\na,u,2024,1 100\na,u,2023,1\u202f100.5\nb,u,2025,true\nb,u,2024,否\n`,
    );
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
    const r = readObservationsCsv(
      'indicator,unit,period,value,note,source\n pm25 , xihu , 2025 , 31.2 ,  two spaces ,\t\npm25,xihu,2024,30,,\n',
    );
    expect(r).toEqual({
      ok: true,
      value: [
        { indicator: 'pm25', unit: 'xihu', period: '2025', value: 31.2, note: '  two spaces ', source: '\t' },
        { indicator: 'pm25', unit: 'xihu', period: '2024', value: 30 },
      ],
    });
  });

  it('round-trips through writeObservationsCsv exactly, for every observation the schema accepts (property)', () => {
    const cell = fc.string({
      unit: fc.oneof(
        fc.constantFrom(' ', '\t', '\n', '\r', ',', '"', '\u00a0', '东'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 12,
    });
    const name = cell.filter((s) => s.trim() === s);
    const observation = fc.record(
      {
        indicator: name,
        unit: name,
        period: fc.constantFrom('2025', '2024-Q3', '2023-07', '2022-02-28'),
        value: fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
          fc.boolean(),
          fc.constant(null),
        ),
        // Plain text, or in Chinese, English or both (note_zh, note_en).
        note: fc.oneof(
          cell,
          fc
            .record({ zh: cell, en: cell }, { requiredKeys: [] })
            .filter((n) => n.zh !== undefined || n.en !== undefined),
        ),
        source: cell,
        revision: fc.nat(9),
      },
      { requiredKeys: ['indicator', 'unit', 'period', 'value'] },
    );
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 8 }), (list) => {
        expect(parseObservations(list).ok).toBe(true);
        const back = readObservationsCsv(writeObservationsCsv(list as Observation[]));
        expect(back).toEqual({ ok: true, value: list });
      }),
      { numRuns: 300 },
    );
  });
});

describe('readObservationsCsv and notes in two languages', () => {
  it('reads note_zh and note_en as one note in both languages, and one of them alone as a note in that language', () => {
    const r = readObservationsCsv(
      'indicator,unit,period,value,note_zh,note_en\npm25,gangkou,2024,42.8,港区扩建影响,port expansion\npm25,gangkou,2025,42.8,港区扩建,\npm25,xihu,2025,30.5,,\n',
    );
    expect(r.ok && r.value.map((o) => o.note)).toEqual([
      { zh: '港区扩建影响', en: 'port expansion' },
      { zh: '港区扩建' },
      undefined,
    ]);
  });

  it('refuses a row with a note in the note column and in a language column, at the row’s note, in both languages', () => {
    const r = readObservationsCsv(
      'indicator,unit,period,value,note,note_en\npm25,gangkou,2024,42.8,港区扩建影响,port expansion\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['line.2.note', 'invalid_cell']]);
    expect(r.issues[0]!.message.en).toContain('write it in one or the other');
    expect(r.issues[0]!.message.zh).toContain('只能填写其一');
  });

  it('writes the language columns only when a note needs them', () => {
    const plain = { indicator: 'pm25', unit: 'xihu', period: '2025', value: 30.5, note: '复核' };
    expect(writeObservationsCsv([plain]).split('\n')[0]).toBe('indicator,unit,period,value,note,source,revision');
    expect(writeObservationsCsv([plain, { ...plain, period: '2024', note: { en: 'checked' } }])).toBe(
      'indicator,unit,period,value,note,note_zh,note_en,source,revision\npm25,xihu,2025,30.5,复核,,,,\npm25,xihu,2024,30.5,,,checked,,\n',
    );
  });
});

describe('parseObservations', () => {
  it('gives the path of every bad field', () => {
    const r = parseObservations([
      { indicator: 'a', unit: 'u', period: '2025', value: 1 },
      { indicator: 'a', unit: 'u', period: '2025', value: 'x' },
    ]);
    expect(!r.ok && r.issues.map((i) => i.at)).toEqual(['[1].value']);
  });
  it('refuses what a CSV could not carry back: ids with white space at an end, an empty note or source', () => {
    const r = parseObservations([
      { indicator: ' pm25', unit: 'xihu', period: '2025', value: 1 },
      { indicator: 'pm25', unit: 'xihu\n', period: '2025', value: 1 },
      { indicator: 'pm25', unit: 'xihu', period: '2025', value: 1, note: '', source: '' },
      { indicator: 'pm 25', unit: 'xi hu', period: '2025', value: 1, note: ' ', source: ' x ' },
    ]);
    expect(!r.ok && r.issues.map((i) => [i.at, i.code])).toEqual([
      ['[0].indicator', 'custom'],
      ['[1].unit', 'custom'],
      ['[2].note', 'too_small'],
      ['[2].source', 'too_small'],
    ]);
    expect(!r.ok && r.issues[0]!.message).toEqual({
      en: 'must not start or end with white space (CSV readers trim it, so it could never match)',
      zh: '首尾不能有空白字符（CSV 读取时会去除，无法对应）',
    });
  });
});

describe('readObservationsCsv refuses what it cannot read one right way (issue 17, item 3)', () => {
  const withNote = 'indicator,unit,period,value,note\n';
  const at = (r: ReturnType<typeof readObservationsCsv>): string[][] =>
    r.ok ? [] : r.issues.map((i) => [i.at, i.code]);

  it('reports an unquoted 1,034 (one cell too many) at its line instead of reading 1 with 034 as the note', () => {
    const r = readObservationsCsv(`${withNote}pm25,xihu,2024,30,\npm25,xihu,2025,1,034,\n`);
    expect(at(r)).toEqual([['line[3]', 'row_length']]);
    expect(readObservationsCsv(`${withNote}pm25,xihu,2025,"1,034",\n`)).toEqual({
      ok: true,
      value: [{ indicator: 'pm25', unit: 'xihu', period: '2025', value: 1034 }],
    });
  });

  it('reports a row with fewer cells than the header', () => {
    expect(at(readObservationsCsv(`${withNote}pm25,xihu,2025,30\n`))).toEqual([['line[2]', 'row_length']]);
  });

  it('refuses white space inside a number and broken thousands groups (30 5, 12 15 and 0,305 were read as 305, 1215 and 305)', () => {
    const r = readObservationsCsv(`${header}a,u,2025,30 5\na,u,2024,12 15\na,u,2023,"0,305"\na,u,2022,"12,15"\n`);
    expect(at(r)).toEqual([
      ['line[2].value', 'invalid_cell'],
      ['line[3].value', 'invalid_cell'],
      ['line[4].value', 'invalid_cell'],
      ['line[5].value', 'invalid_cell'],
    ]);
    expect(!r.ok && r.issues[2]!.message.en).toBe(
      'line 4, column "value": "0,305" is not a number in an accepted format: write 1034 or "1,034" (thousands in groups of three), decimals with a point (0.305)',
    );
  });

  it('reports a header naming a column twice instead of picking one', () => {
    expect(at(readObservationsCsv('indicator,unit,period,value,Value\na,u,2025,1,2\n'))).toEqual([
      ['line[1].Value', 'duplicate_column'],
    ]);
  });

  it('reports a stray quote at the start of a note at its line (it swallowed 636 rows of the example city, which validated with 84 observations)', () => {
    const lines = readMeixi('observations.csv').split('\n');
    lines[85] = lines[85]!.replace(/,,/, ',"checked by the bureau,');
    const r = readObservationsCsv(lines.join('\n'));
    expect(r.ok).toBe(false);
    expect(at(r)[0]).toEqual(['line[86].note_zh', 'suspicious_quote']);
    expect(!r.ok && r.issues[0]!.message.zh).toContain('第 86 行');
  });

  it('keeps a note that spans lines and counts physical lines after it', () => {
    const r = readObservationsCsv(`${withNote}a,u,2025,1,"two\nlines, fine"\na,u,2024,x,\n`);
    expect(at(r)).toEqual([['line[4].value', 'invalid_cell']]);
  });

  it('given the framework, refuses true or 是 in a numeric indicator and 0.01, -1 or 1 in a yes/no indicator', () => {
    const framework = meixiFramework() as Framework;
    const text = `${header}pm25,xihu,2025,true\npm25,xihu,2024,是\neco-park,xihu,2025,0.01\neco-park,xihu,2024,-1\neco-park,xihu,2023,1\neco-park,xihu,2022,是\npm25,xihu,2023,31\neco-park,xihu,2021,NA\n`;
    const r = readObservationsCsv(text, { framework });
    expect(at(r)).toEqual([2, 3, 4, 5, 6].map((l) => [`line[${l}].value`, 'value_kind']));
    expect(!r.ok && r.issues[0]!.message).toEqual({
      en: 'line 2, column "value": indicator "pm25" is numeric: write a number, not true',
      zh: '第 2 行“value”列：指标“pm25”为数值指标：应填数字，而非 是（true）',
    });
    expect(!r.ok && r.issues[2]!.message.en).toBe(
      'line 4, column "value": indicator "eco-park" is yes/no: write true or false (是/否), not 0.01',
    );
    expect(readObservationsCsv(text).ok).toBe(true);
  });

  it('refuses two rows with different values for one cell, naming both lines; accepts a repeated identical row and a higher revision', () => {
    const r = readObservationsCsv(
      'indicator,unit,period,value,revision\npm25,xihu,2025,31,\npm25,xihu,2025,35,\npm25,xihu,2025,31,\npm25,xihu,2024,,\npm25,xihu,2024,30,\n',
    );
    expect(at(r)).toEqual([
      ['line[3].value', 'conflicting_observation'],
      ['line[6].value', 'conflicting_observation'],
    ]);
    expect(!r.ok && r.issues[0]!.message.en).toBe(
      'line 3 gives 35 for a cell line 2 gives 31 (same indicator, unit, period and revision): keep one, or give the correction a higher revision',
    );
    const ok = readObservationsCsv(
      'indicator,unit,period,value,revision\npm25,xihu,2025,31,\npm25,xihu,2025,31,\npm25,xihu,2025,35,1\n',
    );
    expect(ok.ok && ok.value.map((o) => o.value)).toEqual([31, 31, 35]);
  });

  it('refuses a revision that is not written in digits', () => {
    expect(
      at(readObservationsCsv('indicator,unit,period,value,revision\npm25,xihu,2025,31,0x10\npm25,xihu,2025,31,1e2\n')),
    ).toEqual([
      ['line[2].revision', 'invalid_cell'],
      ['line[3].revision', 'invalid_cell'],
    ]);
  });
});
