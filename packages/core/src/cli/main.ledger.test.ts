// `eco-reform ledger`, apart from main.test.ts so the commands' tests can change independently.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

async function cli(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (p) => (p in files ? new TextEncoder().encode(files[p]) : readFileSync(`${root}${p}`)),
    writeFile: async (p: string) => Promise.reject(new Error(`ledger never writes, yet wrote ${p}`)),
  });
  return { code, stdout, stderr };
}

const framework = 'examples/meixi/framework.json';
const ledgers = 'examples/meixi/ledgers.json';

describe('eco-reform ledger', () => {
  it('prints the ledgers as of a date, overdue items first, with unit names', async () => {
    const r = await cli(['ledger', framework, '--ledgers', ledgers, '--as-of', '2025-12-31', '--lang', 'en']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^days overdue +state +source +id +unit +what +due +days late +evidence$/);
    expect(lines[1]).toMatch(/^61 +Open +Provincial inspection +p-2025-03 +Dongcheng District +Five black/);
    expect(lines[2]).toMatch(/^31 +Open +Supervision order \(listed\) +o-2025-11\/dongcheng /);
    expect(lines[3]).toMatch(/^26 +Open +Reporting duty +r-monthly\/qingxi\/2025-11 /);
    expect(lines).toHaveLength(1 + 30 + 1);
  });

  it('reads a bundle that carries its ledgers, and writes csv, md and json', async () => {
    const bundle = JSON.stringify({
      framework: JSON.parse(readFileSync(`${root}${framework}`, 'utf8')),
      observations: [],
      reports: [],
      ledgers: JSON.parse(readFileSync(`${root}${ledgers}`, 'utf8')),
    });
    const csv = await cli(['ledger', 'b.json', '--as-of', '2025-12-31', '--format', 'csv'], { 'b.json': bundle });
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe(
      'overdue_days,state,source,id,unit,unit_name,title_zh,title_en,document,opened,due,late_days,listed,evidence',
    );
    expect(csv.stdout.split('\n')[1]).toMatch(
      /^61,open,provincialInspection,p-2025-03,dongcheng,东城区,城区 5 条黑臭水体整治滞后,/,
    );
    const md = await cli(['ledger', 'b.json', '--as-of', '2025-12-31', '--format', 'md'], { 'b.json': bundle });
    expect(md.stdout.split('\n')[0]).toBe(
      '| 逾期天数 | 状态 | 来源 | 编号 | 单位 | 事项 | 时限 | 超期办结天数 | 佐证材料 |',
    );
    const json = await cli(['ledger', 'b.json', '--as-of', '2025-12-31', '--format', 'json'], { 'b.json': bundle });
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ id: 'p-2025-03', overdueDays: 61, state: 'open' });
  });

  it('refuses invalid ledgers with every issue at its path, and nothing on stdout', async () => {
    const l = JSON.parse(readFileSync(`${root}${ledgers}`, 'utf8'));
    l.problems[0].history[2].evidence = [];
    l.orders[0].to[1].unit = 'dongchen';
    const r = await cli(['ledger', framework, '--ledgers', 'l.json', '--as-of', '2025-12-31', '--lang', 'en'], {
      'l.json': JSON.stringify(l),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      '✖ a closure needs evidence: at least one file with its SHA-256\n  → at problems[0].history[2].evidence',
    );
    expect(r.stderr).toContain('✖ unknown unit "dongchen"; did you mean "dongcheng"?\n  → at orders[0].to[1].unit');
  });

  it('refuses a date that is not one, and usage without --as-of or ledgers', async () => {
    const bad = await cli(['ledger', framework, '--ledgers', ledgers, '--as-of', '2025-13-01']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('“2025-13-01”不是有效日期');
    expect((await cli(['ledger', framework, '--ledgers', ledgers])).code).toBe(2);
    const none = await cli(['ledger', framework, '--as-of', '2025-12-31', '--lang', 'en']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no ledgers: give a bundle with "ledgers", or the ledgers file with --ledgers');
  });
});
