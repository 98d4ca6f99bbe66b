// `eco-reform tenure`, apart from main.test.ts so the commands' tests can change independently.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { repositoryRoot, runCli } from './cli.testing.js';
import { tenureView } from '../accountability/tenureView.js';
import { parseBundle } from '../model/parseBundle.js';

const root = repositoryRoot;
const bundle = 'examples/meixi/bundle.json';

const cli = runCli;

describe('eco-reform tenure', () => {
  it('prints the audit document in Chinese by default, from the first start to the end of the latest year in the bundle', async () => {
    const r = await cli(['tenure', bundle, '--person', 'li-ming']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    // First start 2021-03-01; the bundle runs to 2025, but Li Ming left on 30 June 2025.
    expect(lines[0]).toBe('# 李明任职期间生态文明建设责任情况（2021-03-01 至 2025-06-30）');
    expect(lines[2]).toContain('审计期间 2021-03-01 至 2025-12-31，2025-06-30 离任，此后不计入。');
    expect(r.stdout).toContain('### 梅溪干流（河流，河长，2021-03-01 至 2025-06-30）');
    expect(r.stdout).toContain('## 七、问题整改');
  });

  it('takes --from and --to, --lang en and the table format', async () => {
    const r = await cli([
      'tenure',
      bundle,
      '--person',
      'wang-fang',
      '--from',
      '2025-07-01',
      '--to',
      '2025-12-31',
      '--lang',
      'en',
      '--format',
      'table',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Wang Fang: responsibility for the ecological-civilization reform, 2025-07-01 to 2025-12-31');
    expect(lines).toContain('Meixi River main stream (river, river chief, 2025-07-01 to 2025-12-31)');
    expect(r.stdout).toMatch(
      /Close or relocate polluting firms +Warning +lagging at 2 consecutive checks: warning +2025-09-30, 2025-12-31/,
    );
  });

  it('writes the TenureView as it is in JSON, the same the core computes', async () => {
    const r = await cli([
      'tenure',
      bundle,
      '--person',
      'zheng-qiang',
      '--from',
      '2024-01-01',
      '--to',
      '2025-12-31',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const b = parseBundle(JSON.parse(readFileSync(`${root}${bundle}`, 'utf8')));
    if (!b.ok) throw new Error('the example bundle must parse');
    const v = tenureView(b.value.framework, b.value.observations, b.value.reports, {
      person: 'zheng-qiang',
      from: '2024-01-01',
      to: '2025-12-31',
      ledgers: b.value.ledgers!,
    });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(v)));
  });

  it('writes the document to a file with -o, and says where on stdout', async () => {
    const r = await cli(['tenure', bundle, '--person', 'chen-jing', '-o', 'out/chen-jing.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ out/chen-jing.md: chen-jing 2022-01-01 → 2025-12-31\n');
    expect(r.written['out/chen-jing.md']).toMatch(/^# 陈静任职期间/);
    expect(r.written['out/chen-jing.md']).toContain('### 清溪河（河流，河长，2022-01-01 至 2025-12-31）');
    const bad = await cli(['tenure', bundle, '--person', 'chen-jing', '-o', '/nonexistent/x.md', '--lang', 'en']);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toBe('/nonexistent/x.md cannot be written: ENOENT\n');
  });

  it('refuses an unknown person with exit 1, suggesting the id likely meant, or listing the people', async () => {
    const typo = await cli(['tenure', bundle, '--person', 'li_ming', '--lang', 'en']);
    expect(typo).toMatchObject({ code: 1, stdout: '' });
    expect(typo.stderr).toContain('unknown person "li_ming"; did you mean "li-ming"?');
    const name = await cli(['tenure', bundle, '--person', '王芳']);
    expect(name.stderr).toContain('未知人员“王芳”；是否应为“wang-fang”？');
    const none = await cli(['tenure', bundle, '--person', 'xyz', '--lang', 'en']);
    expect(none.stderr).toContain('unknown person "xyz"; the people of the framework: chen-hua, li-ming, wang-fang,');
  });

  it('refuses a person who held no post in the period with exit 1, giving their tenures', async () => {
    // --from defaults to her first start, here after --to: wrong usage, as if it had been given.
    const r = await cli(['tenure', bundle, '--person', 'wang-fang', '--to', '2025-06-30', '--lang', 'en']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('--from 2025-07-01 is after --to 2025-06-30');
    const earlier = await cli([
      'tenure',
      bundle,
      '--person',
      'wang-fang',
      '--from',
      '2024-01-01',
      '--to',
      '2025-06-30',
      '--lang',
      'en',
    ]);
    expect(earlier).toMatchObject({ code: 1, stdout: '' });
    expect(earlier.stderr).toContain(
      'wang-fang held no post from 2024-01-01 to 2025-06-30; their tenures: deputy-mayor-env 2025-07-01 → …; river-chief-meixi 2025-07-01 → …',
    );
  });

  it('refuses a date that is not one, and --from after --to, as wrong usage (exit 2)', async () => {
    const r = await cli(['tenure', bundle, '--person', 'li-ming', '--from', '2025-02-30']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('--from\n✖ “2025-02-30”不是有效日期：应为 YYYY-MM-DD，例如 2025-06-30\n  → 位置 from\n');
    const order = await cli(['tenure', bundle, '--person', 'li-ming', '--from', '2025-01-01', '--to', '2024-12-31']);
    expect(order.code).toBe(2);
    expect(order.stderr).toContain('--from 2025-01-01 晚于 --to 2024-12-31');
  });

  it('prints the usage (exit 2) without --person, with a second file, --office without --ledgers or an unknown format; --help lists the command', async () => {
    for (const args of [
      ['tenure', bundle],
      ['tenure', bundle, '--person', 'li-ming', '--office', 'supervision'],
      ['tenure', bundle, 'examples/meixi/observations.csv', '--person', 'li-ming'],
      ['tenure', bundle, '--person', 'li-ming', '--format', 'csv'],
    ]) {
      const r = await cli(args);
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toContain('eco-reform tenure <bundle.json> --person <id>');
    }
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toContain(
      'eco-reform tenure <bundle.json> --person <id> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--ledgers <file>... [--office <unit>]] [--format md|table|json] [-o <file>] [--lang zh-CN|en]',
    );
  });

  it('refuses a framework alone (no observations or reports to view), and --ledgers beside a bundle that has its own', async () => {
    const f = await cli(['tenure', 'examples/meixi/framework.json', '--person', 'li-ming', '--lang', 'en']);
    expect(f).toMatchObject({ code: 1, stdout: '' });
    expect(f.stderr).toContain('tenure reads a bundle');
    const both = await cli([
      'tenure',
      bundle,
      '--person',
      'li-ming',
      '--ledgers',
      'examples/meixi/ledgers.json',
      '--lang',
      'en',
    ]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('is a bundle with its own ledgers; give either the bundle or --ledgers');
  });

  it('reads the problems from --ledgers for a bundle without its own, and says when there are no ledgers at all', async () => {
    const b = JSON.parse(readFileSync(`${root}${bundle}`, 'utf8'));
    delete b.ledgers;
    const files = { 'b.json': JSON.stringify(b) };
    const without = await cli(['tenure', 'b.json', '--person', 'liu-yang', '--from', '2025-01-01'], files);
    expect(without.code).toBe(0);
    expect(without.stdout).toContain('未提供督查台账，问题整改情况未列入。');
    const withLedgers = await cli(
      ['tenure', 'b.json', '--person', 'liu-yang', '--from', '2025-01-01', '--ledgers', 'examples/meixi/ledgers.json'],
      files,
    );
    expect(withLedgers.code).toBe(0);
    expect(withLedgers.stdout).toMatch(/\| p-2025-01 \| 省级督察反馈 \| 港口区 \|.*\| 已销号 \|/);
  });
});
