import { describe, expect, it } from 'vitest';
import { readObservationsSheet } from './readObservationsSheet.js';
import { readObservationsCsv } from './readObservationsCsv.js';
import { meixiFramework, readMeixi } from '../model/_fixtures/meixi.js';
import type { Framework } from '../model/framework.schema.js';

const framework = meixiFramework() as Framework;

const header = ['indicator', 'unit', 'period', 'value'];

describe('readObservationsSheet', () => {
  it('reads the Meixi observations as a sheet into exactly what the CSV reader reads', () => {
    const csv = readObservationsCsv(readMeixi('observations.csv'), { framework });
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    const rows = [
      ['indicator', 'unit', 'period', 'value', 'note', 'note_zh', 'note_en', 'source'],
      ...csv.value.map((o) => [
        o.indicator,
        o.unit,
        o.period,
        o.value === null ? '' : String(o.value),
        typeof o.note === 'string' ? o.note : '',
        typeof o.note === 'object' ? (o.note.zh ?? '') : '',
        typeof o.note === 'object' ? (o.note.en ?? '') : '',
        o.source ?? '',
      ]),
    ];
    const sheet = readObservationsSheet({ name: '观测', rows }, { framework });
    expect(sheet).toEqual(csv);
  });

  it('reads cells with the CSV grammar: grouped thousands, 是/否, missing marks', () => {
    const r = readObservationsSheet({
      name: 'Sheet1',
      rows: [header, ['a', 'u', '2025', '1,100'], ['b', 'u', '2025', '否'], ['c', 'u', '2025', 'n/a']],
    });
    expect(r.ok && r.value.map((o) => o.value)).toEqual([1100, false, null]);
  });

  it('names the sheet, the spreadsheet row and the column letter of a bad cell, in both languages', () => {
    const r = readObservationsSheet({
      name: '观测',
      rows: [
        ['note', ...header],
        ['', 'a', 'u', '2025', '12x'],
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.path).toEqual(['sheet', '观测', 'row', 2, 'value']);
    expect(r.issues[0]!.message.en).toBe(
      'sheet "观测", row 2, column E "value": "12x" is not a number, true/false or a missing mark',
    );
    expect(r.issues[0]!.message.zh).toBe('工作表“观测”第 2 行，E 列“value”：“12x”不是数字、是/否或缺失标记');
  });

  it('skips empty rows but keeps the spreadsheet row numbers of the rows after them', () => {
    const r = readObservationsSheet({ name: 'S', rows: [header, ['', '', '', ''], ['a', 'u', '2025-13', '1']] });
    expect(r.ok || r.issues.map((i) => i.path)).toEqual([['sheet', 'S', 'row', 3, 'period']]);
  });

  it('refuses a header without a required column, and one naming a column twice', () => {
    const missing = readObservationsSheet({ name: 'S', rows: [['indicator', 'unit', 'period']] });
    expect(missing.ok || missing.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_column', ['sheet', 'S', 'row', 1, 'value']],
    ]);
    const twice = readObservationsSheet({ name: 'S', rows: [[...header, 'Value']] });
    expect(twice.ok || twice.issues.map((i) => i.message.en)).toEqual([
      'sheet "S", row 1: the header names column "Value" twice (columns D and E); keep one',
    ]);
  });

  it('given the framework, refuses an unknown unit at its row with a suggestion', () => {
    const r = readObservationsSheet({ name: 'S', rows: [header, ['pm25', 'Xihu', '2025', '30']] }, { framework });
    expect(r.ok || r.issues.map((i) => [i.code, i.at])).toEqual([['unknown_reference', 'sheet.S.row[2].unit']]);
  });
});
