import { describe, expect, it } from 'vitest';
import { parseCell } from './parseCell.js';

const value = (text: string): unknown => {
  const c = parseCell(text);
  return c.ok ? c.value : 'refused';
};

describe('parseCell', () => {
  it('reads 不适用 and "not applicable" as a cell that does not apply, not as an empty one', () => {
    for (const text of ['不适用', ' 不适用 ', 'not applicable', 'Not Applicable'])
      expect(parseCell(text)).toEqual({ ok: true, value: null, notApplicable: true });
    for (const text of ['', 'NA', 'n/a', '-']) expect(parseCell(text)).toEqual({ ok: true, value: null });
  });

  it('reads plain decimals, signs, exponents and white space around the cell', () => {
    expect(['31.2', ' -4 ', '+7', '.5', '5.', '1e3', '2.5E-2', '\u00a012\u00a0'].map(value)).toEqual([
      31.2, -4, 7, 0.5, 5, 1000, 0.025, 12,
    ]);
  });

  it('reads real thousands groups: a first group of one to three digits not starting with 0, then groups of three, one separator throughout', () => {
    expect(
      ['1,034', '-1,034.5', '1,234,567', '1 100', '1\u00a0100', '1\u2009100', '1\u202f100.5', '12 345 678'].map(value),
    ).toEqual([1034, -1034.5, 1234567, 1100, 1100, 1100, 1100.5, 12345678]);
  });

  it('refuses white space inside a number that is not a thousands group (30 5 was read as 305, 12 15 as 1215)', () => {
    expect(['30 5', '12 15', '1 00', '3 0.5', '1 2 3'].map(value)).toEqual([
      'refused',
      'refused',
      'refused',
      'refused',
      'refused',
    ]);
  });

  it('refuses broken thousands groups and decimal commas (0,305 was read as 305)', () => {
    expect(['0,305', '12,15', '1,0345', '01,034', '1,034,56', ',034', '1,', '1,034 567', '1.034,5'].map(value)).toEqual(
      Array(9).fill('refused'),
    );
    const c = parseCell('0,305');
    expect(!c.ok && c.en).toContain('decimals with a point (0.305)');
    expect(!c.ok && c.zh).toContain('小数用小数点');
  });

  it('refuses hex, binary, Infinity, underscores and numbers too large to be finite', () => {
    expect(['0x10', '0b11', '0o7', 'Infinity', '-Infinity', '1_000', '1e400'].map(value)).toEqual(
      Array(7).fill('refused'),
    );
  });

  it('reads missing marks as missing and yes/no words as booleans', () => {
    expect(['', '-', '..', 'NA', 'n/a', 'true', 'FALSE', '是', '否'].map(value)).toEqual([
      null,
      null,
      null,
      null,
      null,
      true,
      false,
      true,
      false,
    ]);
  });
});
