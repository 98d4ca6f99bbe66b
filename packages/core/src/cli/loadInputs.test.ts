import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadInputs, type LoadOptions } from './loadInputs.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const framework = 'examples/meixi/framework.json';
const hex = (s: string): number[] => s.match(/../g)!.map((b) => parseInt(b, 16));
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
// 五 and 西湖区 in GB18030 (iconv -f utf-8 -t gb18030).
const wu = hex('cee5');
const xihu = hex('cef7bafec7f8');

async function load(
  files: Record<string, number[]>,
  which: { observations?: string; flags?: string; framework?: string },
  options: LoadOptions = {},
) {
  let stderr = '';
  const io = {
    stdout: () => {},
    stderr: (t: string) => (stderr += t),
    readFile: async (p: string) => (files[p] ? new Uint8Array(files[p]!) : readFileSync(`${root}${p}`)),
    writeFile: async (p: string) => Promise.reject(new Error(`loadInputs never writes, yet wrote ${p}`)),
  };
  const loaded = await loadInputs(io, { framework: which.framework ?? framework, ...which }, undefined, options);
  return { loaded, stderr, issues: loaded.issues.map((x) => [x.file, x.issue.at, x.issue.code, x.issue.message.en]) };
}

describe('loadInputs reads text that is not UTF-8 (issue 17, item 4)', () => {
  it('reads a GB18030 observations file as GB18030 and says so on stderr: Chinese text is read, not mojibake', async () => {
    const csv = [
      ...ascii('indicator,unit,period,value,source\npm25,xihu,2025,31,'),
      ...xihu,
      ...ascii('\npm25,xihu,2024,'),
      ...wu,
      ...ascii(',\n'),
    ];
    const r = await load({ 'o.csv': csv }, { observations: 'o.csv' });
    expect(r.stderr).toBe('o.csv：按 gb18030 编码读取\n');
    expect(r.issues).toEqual([
      [
        'o.csv',
        'line[3].value',
        'invalid_cell',
        'line 3, column "value": "五" is not a number, true/false or a missing mark',
      ],
    ]);
    const ok = await load(
      { 'o.csv': csv.slice(0, csv.indexOf(10, 40) + 1) },
      { observations: 'o.csv' },
      { lang: 'en' },
    );
    expect(ok.stderr).toBe('o.csv: read as gb18030\n');
    expect(ok.loaded.observations).toEqual([
      { indicator: 'pm25', unit: 'xihu', period: '2025', value: 31, source: '西湖区' },
    ]);
  });

  it('reads a UTF-16 file with its byte order mark (the header was "missing" its indicator column)', async () => {
    const text = 'indicator,unit,period,value,source\npm25,xihu,2025,31,西湖区\n';
    const le = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const r = await load({ 'o.csv': le }, { observations: 'o.csv' }, { lang: 'en' });
    expect(r.issues).toEqual([]);
    expect(r.stderr).toBe('o.csv: read as utf-16le\n');
    expect(r.loaded.observations![0]!.source).toBe('西湖区');
  });

  it('drops a UTF-8 byte order mark before a JSON framework, as before a CSV (the framework was "invalid" at an invisible character)', async () => {
    const r = await load(
      { 'f.json': [0xef, 0xbb, 0xbf, ...readFileSync(`${root}${framework}`)] },
      { framework: 'f.json' },
    );
    expect(r.issues).toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.loaded.framework!.id).toBe('meixi-2024');
  });

  it('reads in a forced encoding, and reports bytes that are not valid in it with the byte offset and line', async () => {
    const csv = [...ascii('indicator,unit,period,value,source\npm25,xihu,2025,31,'), ...xihu, ...ascii('\n')];
    const r = await load({ 'o.csv': csv }, { observations: 'o.csv' }, { encoding: 'utf-8' });
    expect(r.issues).toEqual([
      [
        'o.csv',
        'byte[53]',
        'invalid_encoding',
        'byte 53 (line 2) is not valid UTF-8: the file is in another encoding, e.g. GB18030 (--encoding gb18030), or leave out the encoding to detect it',
      ],
    ]);
    const gbk = await load({ 'o.csv': csv }, { observations: 'o.csv' }, { encoding: 'gbk', lang: 'en' });
    expect(gbk.loaded.observations![0]!.source).toBe('西湖区');
  });

  it('checks observation values against the framework: true in a numeric indicator, 0.01 in a yes/no one', async () => {
    const r = await load(
      { 'o.csv': ascii('indicator,unit,period,value\npm25,xihu,2025,true\neco-park,xihu,2025,0.01\n') },
      { observations: 'o.csv' },
    );
    expect(r.issues.map((i) => [i[1], i[2]])).toEqual([
      ['line[2].value', 'value_kind'],
      ['line[3].value', 'value_kind'],
    ]);
    const json = await load(
      { 'o.json': ascii('[{"indicator":"eco-park","unit":"xihu","period":"2025","value":-1}]') },
      { observations: 'o.json' },
    );
    expect(json.issues.map((i) => [i[1], i[2]])).toEqual([['[0].value', 'value_kind']]);
  });
});
