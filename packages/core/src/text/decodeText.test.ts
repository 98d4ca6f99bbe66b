import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.js';

// Known encodings, checked with iconv (`printf 西湖区 | iconv -f utf-8 -t gb18030 | xxd -p`).
const hex = (s: string): number[] => s.match(/../g)!.map((b) => parseInt(b, 16));
const known: Array<[string, string, number[]]> = [
  ['西湖区', 'gb18030', hex('cef7bafec7f8')],
  ['东城区', 'gb18030', hex('b6abb3c7c7f8')],
  ['美溪市统计局', 'gb18030', hex('c3c0cfaacad0cdb3bcc6bed6')],
  ['€', 'gb18030', hex('a2e3')],
  ['𠀀', 'gb18030', hex('95328236')],
  ['西湖区', 'utf-8', hex('e8a5bfe6b996e58cba')],
];
const utf16 = (s: string, littleEndian: boolean): number[] =>
  [...s].flatMap((ch) => {
    const c = ch.charCodeAt(0);
    return littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
  });
const bytes = (...parts: number[][]): Uint8Array => new Uint8Array(parts.flat());
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const csv = 'indicator,unit,period,value,note\npm25,xihu,2025,31,';

describe('decodeText', () => {
  it.each(known)('reads %s from its %s bytes without being told the encoding', (text, encoding, b) => {
    expect(decodeText(bytes(ascii('note: '), b))).toEqual({ ok: true, value: { text: `note: ${text}`, encoding } });
  });

  it('reads a GB18030 file (Excel\'s "CSV (逗号分隔)" on Chinese Windows) as GB18030, not as mojibake UTF-8', () => {
    const r = decodeText(bytes(ascii(csv), hex('cef7bafec7f8'), ascii('\n')));
    expect(r).toEqual({ ok: true, value: { text: `${csv}西湖区\n`, encoding: 'gb18030' } });
  });

  it('reads UTF-8, UTF-16 LE and BE and GB18030 by their byte order marks and drops the mark', () => {
    const text = `${csv}西湖区\n`;
    expect(decodeText(bytes(hex('efbbbf'), [...new TextEncoder().encode(text)]))).toEqual({
      ok: true,
      value: { text, encoding: 'utf-8' },
    });
    expect(decodeText(bytes(hex('fffe'), utf16(text, true)))).toEqual({
      ok: true,
      value: { text, encoding: 'utf-16le' },
    });
    expect(decodeText(bytes(hex('feff'), utf16(text, false)))).toEqual({
      ok: true,
      value: { text, encoding: 'utf-16be' },
    });
    expect(decodeText(bytes(hex('84319533'), ascii(csv), hex('cef7bafec7f8'), ascii('\n')))).toEqual({
      ok: true,
      value: { text, encoding: 'gb18030' },
    });
  });

  it('reads in a forced encoding, and drops its mark', () => {
    expect(decodeText(bytes(hex('cef7bafec7f8')), { encoding: 'GBK' })).toEqual({
      ok: true,
      value: { text: '西湖区', encoding: 'gbk' },
    });
    expect(decodeText(bytes(hex('efbbbf'), ascii('{}')), { encoding: 'utf-8' })).toEqual({
      ok: true,
      value: { text: '{}', encoding: 'utf-8' },
    });
  });

  it('refuses bytes that are not UTF-8 when UTF-8 is forced, naming the byte offset and line', () => {
    const r = decodeText(bytes(ascii('a,b\n1,'), hex('cef7'), ascii('\n')), { encoding: 'utf-8' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.at, i.code])).toEqual([['byte[6]', 'invalid_encoding']]);
    expect(r.issues[0]!.message.en).toBe(
      'byte 6 (line 2) is not valid UTF-8: the file is in another encoding, e.g. GB18030 (--encoding gb18030), or leave out the encoding to detect it',
    );
    expect(r.issues[0]!.message.zh).toContain('第 6 字节（第 2 行）');
  });

  it('finds the first bad byte after valid multi-byte characters, and refuses overlong forms and surrogates', () => {
    const at = (b: number[]): unknown => {
      const r = decodeText(new Uint8Array(b), { encoding: 'utf-8' });
      return r.ok ? 'read' : r.issues[0]!.path;
    };
    expect(at([...hex('e8a5bf'), 0x41, 0xc0, 0x80])).toEqual(['byte', 4]);
    expect(at(hex('eda080'))).toEqual(['byte', 0]);
    expect(at(hex('f0908080e8a5'))).toEqual(['byte', 4]);
  });

  it('refuses a UTF-8 file damaged by a few bad bytes instead of reading it all as GB18030 mojibake', () => {
    const utf8 = [...new TextEncoder().encode('indicator,unit,period,value,source\n')];
    const row = [...new TextEncoder().encode('pm25,xihu,2025,31,美溪市统计局、各主管部门\n')];
    const r = decodeText(bytes(utf8, row, row, [0x70, 0xff, 0x0a], row));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.at).toBe(`byte[${utf8.length + 2 * row.length + 1}]`);
    expect(r.issues[0]!.message.en).toBe(
      `byte ${utf8.length + 2 * row.length + 1} (line 4) is not valid UTF-8: the rest of the file is UTF-8, so it is likely damaged there; fix it, or give the encoding with --encoding`,
    );
  });

  it('refuses an unknown encoding label with the labels to try', () => {
    const r = decodeText(new Uint8Array(0), { encoding: 'gb-18030' });
    expect(!r.ok && [r.issues[0]!.code, r.issues[0]!.message.en]).toEqual([
      'invalid_encoding',
      '"gb-18030" is not an encoding label (try utf-8, gb18030, gbk, utf-16le, utf-16be, big5)',
    ]);
  });

  it('refuses bytes valid in no encoding it would detect', () => {
    const r = decodeText(new Uint8Array([0x41, 0xff, 0xff]));
    expect(!r.ok && r.issues[0]!.message.en).toBe(
      'the bytes are not valid gb18030 or UTF-8; give the encoding with --encoding',
    );
  });
});
