// The ledgers' tables through the command line: `--ledgers` with CSV files and workbooks, for `ledger` and `bundle`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { repositoryRoot, runCli } from './cli.testing.js';
import { parseBundle } from '../model/parseBundle.js';

const root = repositoryRoot;
const framework = 'examples/meixi/framework.json';
const tables = ['problems', 'orders', 'dispatches', 'duties'].map((k) => `examples/meixi/ledgers/${k}.csv`);
const asLedgers = (files: ReadonlyArray<string>) => files.flatMap((f) => ['--ledgers', f]);

const cli = runCli;

describe('--ledgers with the ledgers as tables', () => {
  it("the example city's ledger CSVs are what ledger -o writes from ledgers.json, and read back byte for byte", async () => {
    const fromJson = await cli(['ledger', framework, '--ledgers', 'examples/meixi/ledgers.json', '-o', 'out']);
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toBe(
      '✔ out: problems.csv, orders.csv, dispatches.csv, duties.csv (5 problems, 2 orders, 1 dispatch meeting, 1 reporting duty)\n',
    );
    for (const [k, file] of tables.entries())
      expect(fromJson.written[`out/${['problems', 'orders', 'dispatches', 'duties'][k]}.csv`]).toBe(
        readFileSync(`${root}${file}`, 'utf8'),
      );
    const again = await cli(['ledger', framework, ...asLedgers(tables), '--office', 'supervision', '-o', 'out']);
    expect(again.written).toEqual(fromJson.written);
  });

  it('reads the workbook with a sheet per ledger as the CSV files, and both as the JSON ledgers (titles aside)', async () => {
    const asOf = ['--as-of', '2025-12-31', '--lang', 'en'];
    const json = await cli(['ledger', framework, '--ledgers', 'examples/meixi/ledgers.json', ...asOf]);
    const csv = await cli(['ledger', framework, ...asLedgers(tables), '--office', 'supervision', ...asOf]);
    const xlsx = await cli([
      'ledger',
      framework,
      '--ledgers',
      'examples/meixi/ledgers.xlsx',
      '--office',
      'supervision',
      ...asOf,
    ]);
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(csv.stdout).toBe(json.stdout);
    expect(xlsx.stdout).toBe(csv.stdout);
    // The workbook holds the same tables, cell for cell: make-xlsx.mjs wrote it from them.
    const sheets = await cli([
      'ledger',
      framework,
      '--ledgers',
      'examples/meixi/ledgers.xlsx',
      '--office',
      'supervision',
      '-o',
      'x',
    ]);
    for (const [k, kind] of ['problems', 'orders', 'dispatches', 'duties'].entries())
      expect(sheets.written[`x/${kind}.csv`]).toBe(readFileSync(`${root}${tables[k]}`, 'utf8'));
  });

  it('reads a GB18030 table as GB18030 (what Excel writes on Chinese Windows) and says so', async () => {
    const gb = Uint8Array.from(
      '6f726465722c616374696f6e2c646174652c6e756d6265722c746f2c61736b735f7a682c7265706c795f6475650a6f2d312c69737375652c323032352d30372d30312cc3c0b6bdb0eca1b232303235a1b337bac52c67616e676b6f752cb1a8b8e6bdf8d5b92c323032352d30372d31350a'
        .match(/../g)!
        .map((h) => Number.parseInt(h, 16)),
    );
    const r = await cli(
      [
        'ledger',
        framework,
        '--ledgers',
        'o.csv',
        '--office',
        'supervision',
        '--as-of',
        '2025-07-20',
        '--format',
        'json',
      ],
      { 'o.csv': gb },
    );
    expect(r.stderr).toBe('o.csv：按 gb18030 编码读取\n');
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ id: 'o-1/gangkou', title: { zh: '报告进展' }, overdueDays: 5 });
  });

  it('lists every bad cell under its file with its line and column, in the chosen language, and writes nothing', async () => {
    const orders = readFileSync(`${root}${tables[1]}`, 'utf8').replace(',reply,2025-07-12,', ',reply,2025-06-12,');
    const duties = readFileSync(`${root}${tables[3]}`, 'utf8').replace(',dongcheng,2025-07,', ',dongchen,2025-07,');
    const r = await cli(
      [
        'ledger',
        framework,
        '--ledgers',
        'orders.csv',
        '--ledgers',
        'duties.csv',
        '--office',
        'supervision',
        '-o',
        'out',
        '--lang',
        'en',
      ],
      { 'orders.csv': orders, 'duties.csv': duties },
    );
    expect(r.code).toBe(1);
    expect(r.written).toEqual({});
    expect(r.stderr).toBe(
      [
        'orders.csv',
        '✖ line 3, column "date": the reply date 2025-06-12 is before the order\'s issue date 2025-07-01',
        '  → at orders.line[3].date',
        'duties.csv',
        '✖ line 3, column "unit": "dongchen" is not one of the units this duty names (gangkou, qingxi, dongcheng); write the unit id as the framework declares it, e.g. gangkou',
        '  → at duties.line[3].unit',
        '2 problems',
        '',
      ].join('\n'),
    );
  });

  it('needs --office with tables and refuses it with a JSON document, two tables of one ledger and a table of none', async () => {
    const noOffice = await cli(['ledger', framework, ...asLedgers(tables), '--as-of', '2025-12-31', '--lang', 'en']);
    expect(noOffice.code).toBe(1);
    expect(noOffice.stderr).toContain('ledger tables need --office <unit id>');
    const both = await cli([
      'ledger',
      framework,
      '--ledgers',
      'examples/meixi/ledgers.json',
      '--office',
      'supervision',
      '--as-of',
      '2025-12-31',
    ]);
    expect(both.code).toBe(1);
    const twice = await cli(
      [
        'ledger',
        framework,
        '--ledgers',
        tables[1]!,
        '--ledgers',
        'more.csv',
        '--office',
        'supervision',
        '--as-of',
        '2025-12-31',
        '--lang',
        'en',
      ],
      { 'more.csv': 'order,action\n' },
    );
    expect(twice.stderr).toContain(
      'a second table of the orders ledger (the first is in examples/meixi/ledgers/orders.csv)',
    );
    const none = await cli(
      ['ledger', framework, '--ledgers', 'x.csv', '--office', 'supervision', '--as-of', '2025-12-31', '--lang', 'en'],
      { 'x.csv': 'indicator,unit,period,value\n' },
    );
    expect(none.stderr).toContain(
      "the header names none of the ledgers' item columns (problem, order, dispatch, duty)",
    );
  });

  it('bundle puts the checked ledgers from the workbook in the bundle the widgets read', async () => {
    const r = await cli([
      'bundle',
      framework,
      'examples/meixi/observations.csv',
      '--reports',
      'examples/meixi/reports.json',
      '--ledgers',
      'examples/meixi/ledgers.xlsx',
      '--office',
      'supervision',
      '-o',
      'bundle.json',
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      '✔ bundle.json: meixi-2024 v1.0.0, 720 observations, 131 reports, 0 flags, ledgers of 5 problems, 2 orders, 1 dispatch meeting, 1 reporting duty\n',
    );
    const parsed = parseBundle(JSON.parse(r.written['bundle.json']!));
    expect(parsed.ok && parsed.value.ledgers?.office).toBe('supervision');
    const json = JSON.parse(readFileSync(`${root}examples/meixi/ledgers.json`, 'utf8'));
    expect(parsed.ok && parsed.value.ledgers?.problems.map((p) => p.history)).toEqual(
      json.problems.map((p: { history: Array<{ evidence?: Array<{ title?: unknown }> }> }) =>
        p.history.map((t) => (t.evidence ? { ...t, evidence: t.evidence.map(({ title: _, ...e }) => e) } : t)),
      ),
    );
  });

  it('bundle refuses bad ledger tables with the other inputs’ issues, and --office without --ledgers', async () => {
    const r = await cli(
      [
        'bundle',
        framework,
        'examples/meixi/observations.csv',
        '--ledgers',
        'p.csv',
        '--office',
        'supervision',
        '-o',
        'b.json',
        '--lang',
        'en',
      ],
      { 'p.csv': 'problem,action,date\np1,close,2025-01-01\n' },
    );
    expect(r.code).toBe(1);
    expect(r.written).toEqual({});
    expect(r.stderr).toContain('line 2, column "problem": "p1" has no "open" row above this one');
    const usage = await cli([
      'bundle',
      framework,
      'examples/meixi/observations.csv',
      '--office',
      'supervision',
      '-o',
      'b.json',
    ]);
    expect(usage.code).toBe(2);
  });
});
