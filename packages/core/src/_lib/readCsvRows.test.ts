import { describe, expect, it } from 'vitest';
import { readCsvRows } from './readCsvRows.js';

describe('readCsvRows', () => {
  it('gives each record the physical line it starts on, whatever the line ends and however many lines a quoted cell spans', () => {
    const r = readCsvRows('a,b\r\n1,"two\nlines"\r3,4\n\n5,"x\r\n\r\ny"\n6,7');
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([
      ['1', 'two\nlines'],
      ['3', '4'],
      ['5', 'x\r\n\r\ny'],
      ['6', '7'],
    ]);
    expect(r.lines).toEqual([2, 4, 6, 9]);
  });

  it('reads quotes as RFC 4180 does: doubled quotes inside, a quote inside an unquoted cell kept as text, a BOM dropped', () => {
    const r = readCsvRows('\uFEFFa,b\n"say ""hi""",5" screen\n');
    expect(r.header).toEqual(['a', 'b']);
    expect(r.rows).toEqual([['say "hi"', '5" screen']]);
  });

  it('reports a row with more or fewer cells than the header at its line, and leaves it out', () => {
    const r = readCsvRows('a,b,c\n1,2,3\n1,034,x,y\n1,2\n');
    expect(r.rows).toEqual([['1', '2', '3']]);
    expect(r.issues.map((i) => [i.at, i.code])).toEqual([
      ['line[3]', 'row_length'],
      ['line[4]', 'row_length'],
    ]);
    expect(r.issues[0]!.message.en).toBe(
      'line 3 has 4 cells where the header has 3: an unquoted comma in a number (write "1,034" in quotes, or 1034) or a missing or extra delimiter?',
    );
    expect(r.issues[0]!.message.zh).toContain('第 3 行有 4 个单元格');
  });

  it('reports a header that names a column twice', () => {
    const r = readCsvRows('value,unit,Value\n1,u,2\n');
    expect(r.issues.map((i) => [i.at, i.code])).toEqual([['line[1].Value', 'duplicate_column']]);
    expect(r.issues[0]!.message.en).toBe('the header names column "Value" twice (columns 1 and 3); keep one');
  });

  it('reports a quote that never closes at the line where it opens', () => {
    const r = readCsvRows('a,b\n1,ok\n2,"stray\n3,x\n');
    expect(r.issues.map((i) => [i.at, i.code])).toEqual([['line[3].b', 'suspicious_quote']]);
    expect(r.rows).toEqual([['1', 'ok']]);
  });

  it('reports text after a closing quote', () => {
    const r = readCsvRows('a,b\n1,"x"y\n');
    expect(r.issues.map((i) => [i.at, i.code])).toEqual([['line[2].b', 'suspicious_quote']]);
  });

  it('reports a quoted cell spanning lines that look like records, when the reader says what a record looks like', () => {
    const text = 'a,b\n1,"note\n2,x\n3,y"\n';
    expect(readCsvRows(text).issues).toEqual([]);
    const r = readCsvRows(text, { looksLikeRow: (cells, header) => cells.length === header.length });
    expect(r.issues.map((i) => [i.at, i.code])).toEqual([['line[2].b', 'suspicious_quote']]);
    expect(r.issues[0]!.message.en).toContain('runs from here to line 4');
  });
});
