import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from './main.js';
import { repositoryRoot, runCli } from './cli.testing.js';
import { parseAssessment } from '../scoring/assess/parseAssessment.js';
import { ASSESSMENT_FORMAT } from '../scoring/assess/assessment.js';
import { parseBundle } from '../model/parseBundle.js';

const root = repositoryRoot;

const cli = runCli;

const meixi = (name: string) => `examples/meixi/${name}`;

describe('eco-reform validate', () => {
  it('accepts the example city with its observations and reports and prints one summary line', async () => {
    const r = await cli([
      'validate',
      meixi('framework.json'),
      '--observations',
      meixi('observations.csv'),
      '--reports',
      meixi('reports.json'),
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(
      /^✔ meixi-2024 v1\.0\.0: 3 areas, 20 indicators, 4 goals, 21 measures, 16 units, 5 red-line zones, 720 observations, 131 reports\n$/,
    );
  });

  it('prints every issue with its path and exits 1', async () => {
    const f = JSON.parse(readFileSync(`${root}${meixi('framework.json')}`, 'utf8'));
    delete f.measures[2].checker;
    f.indicators[3].id = 42;
    f.measures[5].lead = 'nowhere';
    const r = await cli(['validate', 'bad.json', '--lang', 'en'], { 'bad.json': JSON.stringify(f) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('→ at measures[2].checker');
    expect(r.stderr).toContain('→ at indicators[3].id');
    expect(r.stderr).toContain('→ at measures[5].lead');
  });

  it('names a file that is not JSON and bad CSV cells by line', async () => {
    const r = await cli(['validate', 'x.json', '--observations', 'o.csv', '--lang', 'en'], {
      'x.json': '{ nope',
      'o.csv': 'indicator,unit,period,value\na,b,2025,zz\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('x.json');
    expect(r.stderr).toContain('line 2, column "value"');
  });

  it('explains its usage when called wrongly', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['validate', 'a.json', '--bogus'])).code).toBe(2);
    expect((await cli(['frobnicate', 'a.json'])).code).toBe(2);
  });

  it.each<[string, string[], string]>([
    ['no command', ['--lang', 'en'], 'wrong usage: no command given'],
    [
      'an unknown command',
      ['frobnicate', 'a.json', '--lang', 'en'],
      'wrong usage: unknown command "frobnicate": the commands are validate, score, explain, report, bundle, ledger',
    ],
    ['a command without its file', ['score', '--lang', 'en'], 'wrong usage: score needs a framework.json file'],
    [
      'report with two files',
      ['report', 'f', 'o', '--year', '2025', '--lang', 'en'],
      'wrong usage: report needs one bundle.json, or three files: <framework.json> <observations> <reports.json>',
    ],
    [
      'report of a bundle with --flags',
      ['report', 'bundle.json', '--year', '2025', '--flags', 'f.json', '--lang', 'en'],
      'wrong usage: a bundle carries its own flags and ledgers',
    ],
    [
      'report with a bad year',
      ['report', 'f', 'o', 'r', '--year', '25', '--lang', 'en'],
      'wrong usage: --year must be a year such as 2025, not "25"',
    ],
    [
      'report with a bad format',
      ['report', 'f', 'o', 'r', '--year', '2025', '--format', 'pdf', '--lang', 'en'],
      'wrong usage: --format must be one of md, html, json, csv, not "pdf"',
    ],
    [
      'score without --period',
      ['score', 'f', 'o', '--lang', 'en'],
      'wrong usage: score needs --period, e.g. --period 2025',
    ],
    [
      'explain without --unit',
      ['explain', 'f', 'o', '--period', '2025', '--lang', 'en'],
      'wrong usage: explain needs --unit',
    ],
    [
      'a language it does not speak',
      ['validate', 'f', '--lang', 'zh'],
      'wrong usage: --lang must be one of zh-CN, en, not "zh"',
    ],
    ['bundle without -o', ['bundle', 'f', 'o', '--lang', 'en'], 'wrong usage: bundle needs -o <out.json>'],
    ['ledger without --as-of', ['ledger', 'b.json', '--lang', 'en'], 'wrong usage: ledger needs --as-of'],
    ['tenure without --person', ['tenure', 'b.json', '--lang', 'en'], 'wrong usage: tenure needs --person'],
    [
      'tenure in a format it does not write',
      ['tenure', 'b.json', '--person', 'li-ming', '--format', 'csv', '--lang', 'en'],
      'wrong usage: --format must be one of md, table, json, not "csv"',
    ],
  ])('says what is wrong before the usage, and reads no file: %s', async (_, argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).toContain('Usage:');
    expect(r.stdout).toBe('');
  });

  it('says what is wrong in Chinese by default', async () => {
    const r = await cli(['report', 'f', 'o', '--year', '2025']);
    expect(
      r.stderr.startsWith(
        '用法错误：report 需要一个 bundle.json，或三个文件：<framework.json> <观测数据> <reports.json>',
      ),
    ).toBe(true);
  });
});

describe('eco-reform report', () => {
  it("reads one bundle.json with its ledgers: the ledgers' overdue items reach the proposals, the rest as from three files", async () => {
    const fromBundle = await cli(['report', meixi('bundle.json'), '--year', '2025', '--format', 'json']);
    const fromFiles = await cli([
      'report',
      meixi('framework.json'),
      meixi('observations.csv'),
      meixi('reports.json'),
      '--year',
      '2025',
      '--format',
      'json',
    ]);
    expect([fromBundle.code, fromFiles.code]).toEqual([0, 0]);
    const b = JSON.parse(fromBundle.stdout);
    const f = JSON.parse(fromFiles.stdout);
    expect(b.units).toEqual(f.units);
    // Meixi's ledgers: a listed order and a problem past their deadlines by more than 30 days go up the ladder.
    const ledgerProposals = b.proposals.filter((p: { evidence: { measure?: string } }) =>
      /^(o-|p-)/.test(p.evidence.measure ?? ''),
    );
    // Two items each reach 问责, and the scheme lists every task so escalated for 挂牌督办 too.
    expect(ledgerProposals.map((p: { unit: string; action: string }) => `${p.unit}:${p.action}`)).toEqual([
      'dongcheng:listedSupervision',
      'dongcheng:listedSupervision',
      'dongcheng:accountability',
      'dongcheng:accountability',
    ]);
    expect(f.proposals).toHaveLength(b.proposals.length - 4);
  });

  it('reads the ledgers given with --ledgers next to the three files, as from the bundle', async () => {
    const bundle = JSON.parse(readFileSync(`${root}${meixi('bundle.json')}`, 'utf8'));
    const r = await cli(
      [
        'report',
        meixi('framework.json'),
        meixi('observations.csv'),
        meixi('reports.json'),
        '--ledgers',
        'ledgers.json',
        '--year',
        '2025',
        '--format',
        'json',
      ],
      { 'ledgers.json': JSON.stringify(bundle.ledgers) },
    );
    const fromBundle = await cli(['report', meixi('bundle.json'), '--year', '2025', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).proposals).toEqual(JSON.parse(fromBundle.stdout).proposals);
  });

  it('refuses a bundle that is not one, naming the file and the path', async () => {
    const r = await cli(['report', 'b.json', '--year', '2025', '--lang', 'en'], { 'b.json': '{"framework":{}}' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b.json');
    expect(r.stdout).toBe('');
  });
});

describe('eco-reform score and explain', () => {
  it('writes the ranking as CSV on stdout only', async () => {
    const r = await cli([
      'score',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2025',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('rank,unit,name,total,grade,Ecological space,Ecological environment,Industrial structure');
    expect(lines[1]).toMatch(/^1,xihu,Xihu District,\d+\.\d,Excellent,/);
    expect(lines).toHaveLength(7);
  });

  it('writes JSON that parses back to the assessment', async () => {
    const r = await cli([
      'score',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2025',
      '--format',
      'json',
    ]);
    const parsed = parseAssessment(JSON.parse(r.stdout));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.format).toBe(ASSESSMENT_FORMAT);
  });

  it('explains one district in Chinese', async () => {
    const r = await cli([
      'explain',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2025',
      '--unit',
      'nanshan',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('一票否决');
  });

  it('writes the annual report (通报): groups, tasks by name in 序时进度 wording, the breach and the proposals with their basis', async () => {
    const r = await cli([
      'report',
      meixi('framework.json'),
      meixi('observations.csv'),
      meixi('reports.json'),
      '--year',
      '2025',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 美溪市.*2025年度考核结果通报\n/);
    // Nanshan: vetoed, 不合格 and placed after the other five districts, its points shown.
    expect(r.stdout).toContain(
      '| 6 | 南山区 | 75.3 | 20 | 95.3 | 不合格 | 生态保护红线面积减少、功能降低或性质改变，一票否决 |',
    );
    expect(r.stdout).toContain('| 8 | 市经济和信息化局 | — | 75 | 75 | 合格 |  |');
    expect(r.stdout).toContain(
      '| 关停搬迁污染企业 | 市生态环境局 | 市经济和信息化局、市自然资源和规划局 | 分管生态环境的副市长王芳 | 进度滞后 | 序时进度 40%，完成 15%，滞后序时 |',
    );
    expect(r.stdout).toContain('按期完成率 90%');
    expect(r.stdout).toContain('南山水源涵养红线区（I 级管控）2025年：面积 12.05 平方公里');
    expect(r.stdout).toContain('| 港口区 | 港口区区长刘洋 | 约谈 | 考核办法第十二条：');
    // A ladder proposal names the task, its node, the checks and the days overdue, and the person in post.
    expect(r.stdout).toContain(
      '| 市经济和信息化局 | 分管经济的副市长赵磊 | 问责 | 督查办法第九条：时间节点逾期30日以上的，提请问责 | 淘汰落后产能，节点“完成淘汰任务的50%”：2025-12-31 检查，逾期 184 天；逾期 30 天以上：问责 |',
    );
    expect(r.stdout).not.toMatch(/backward-capacity|gangkou|nanshan/);
    const csv = await cli([
      'report',
      meixi('framework.json'),
      meixi('observations.csv'),
      meixi('reports.json'),
      '--year',
      '2025',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(csv.stdout.split('\n')[0]).toBe('section,group,unit,item,status,detail');
    expect(csv.stdout).toContain('result,districts,nanshan,6,fail,95.3');
    expect(csv.stdout).toContain('proposal,,gangkou,fail-interview,interview,');
    const html = await cli([
      'report',
      meixi('framework.json'),
      meixi('observations.csv'),
      meixi('reports.json'),
      '--year',
      '2025',
      '--format',
      'html',
    ]);
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html.stdout).toContain('<td>南山区</td><td>75.3</td>');
    expect(html.stdout).toContain('@page { size: A4;');
  });
});

describe('diagnostics, exit codes and the period', () => {
  const withPolicy = (policy: unknown) => {
    const f = JSON.parse(readFileSync(`${root}${meixi('framework.json')}`, 'utf8'));
    f.scheme.missing = policy;
    return JSON.stringify(f);
  };
  // Meixi 2021: beiling has no value for green-communities.
  const strict = withPolicy({ policy: 'error' });

  it.each(['table', 'csv', 'md', 'json'])(
    "prints the assessment's diagnostics on stderr in the %s format and exits 3 for an error",
    async (format) => {
      const r = await cli(
        ['score', 'strict.json', meixi('observations.csv'), '--period', '2021', '--format', format, '--lang', 'en'],
        { 'strict.json': strict },
      );
      expect(r.code).toBe(3);
      expect(r.stdout).not.toBe('');
      expect(r.stderr).toContain(
        '✖ error missing_value: beiling has no value for green-communities, and its missing-data policy is "error"',
      );
      expect(r.stderr).toContain('⚠ warning no_total: some units have no total and are not ranked');
      if (format !== 'json') expect(r.stdout).not.toContain('missing_value');
    },
  );

  it('explains in words why a unit has no total, and exits 3', async () => {
    const r = await cli(
      ['explain', 'strict.json', meixi('observations.csv'), '--period', '2021', '--unit', 'beiling', '--lang', 'en'],
      { 'strict.json': strict },
    );
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(
      /scored — in 2021: no grade, ranked — of \d+\..* No total because: beiling has no value for green-communities, and its missing-data policy is "error"\.( Targets not achieved: .*\.)?\n$/,
    );
    const zh = await cli(
      ['explain', 'strict.json', meixi('observations.csv'), '--period', '2021', '--unit', 'beiling'],
      { 'strict.json': strict },
    );
    expect(zh.stdout).toContain('无总分原因：beiling 缺少指标 green-communities 的数据');
    const fine = await cli(
      ['explain', 'strict.json', meixi('observations.csv'), '--period', '2021', '--unit', 'xihu', '--lang', 'en'],
      { 'strict.json': strict },
    );
    expect(fine.code).toBe(3); // the assessment has an error, though not about xihu
    expect(fine.stdout).not.toContain('No total');
  });

  it('ends the explanation with the targets the unit did not achieve, in the scorecard’s words', async () => {
    const en = await cli([
      'explain',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2025',
      '--unit',
      'gangkou',
      '--lang',
      'en',
    ]);
    expect(en.stdout).toContain(' Targets not achieved: National and provincial eco-villages 14\u00a0villages');
    expect(en.stdout).toContain(
      '; National eco-town coverage 80% of towns (target at least\u00a0100% of towns, 20\u00a0percentage points short of the target);',
    );
    expect(en.stdout).toContain(
      'PM2.5 annual mean 42.8\u00a0µg/m³ (target at most\u00a032\u00a0µg/m³, 10.8\u00a0µg/m³ above the ceiling)',
    );
    const zh = await cli([
      'explain',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2025',
      '--unit',
      'gangkou',
    ]);
    expect(zh.stdout).toContain(
      '细颗粒物（PM2.5）年均浓度 42.8\u00a0微克/立方米（目标不高于\u00a032\u00a0微克/立方米，超出上限\u00a010.8\u00a0微克/立方米）',
    );
  });

  it('names the areas without a score when nothing else says why a unit has no total', async () => {
    // Under the exclude policy, Qingxi with every 2025 value missing (one blank row keeps it assessed) has no area score;
    // the coverage rule is turned off so that the areas are all there is to say.
    const excluded = JSON.stringify({
      ...JSON.parse(withPolicy({ policy: 'exclude' })),
      scheme: { ...JSON.parse(withPolicy({ policy: 'exclude' })).scheme, minCoverage: 0 },
    });
    const csv = readFileSync(`${root}${meixi('observations.csv')}`, 'utf8')
      .split('\n')
      .filter((line) => !line.includes(',qingxi,2025,'));
    const holed = [...csv, 'pm25,qingxi,2025,,,,'].join('\n');
    const r = await cli(['explain', 'x.json', 'o.csv', '--period', '2025', '--unit', 'qingxi', '--lang', 'en'], {
      'x.json': excluded,
      'o.csv': holed,
    });
    expect(r.stdout).toContain(
      'No total because: Ecological space has no score: too few of its indicators have a value; Ecological environment has no score',
    );
    expect(r.code).toBe(3);
  });

  it('says a unit has no total because too few of its values were observed, under the default coverage rule', async () => {
    const excluded = withPolicy({ policy: 'exclude' });
    const csv = readFileSync(`${root}${meixi('observations.csv')}`, 'utf8')
      .split('\n')
      .filter((line) => !line.includes(',qingxi,2025,'));
    const holed = [...csv, 'pm25,qingxi,2025,,,,'].join('\n');
    const r = await cli(['explain', 'x.json', 'o.csv', '--period', '2025', '--unit', 'qingxi', '--lang', 'en'], {
      'x.json': excluded,
      'o.csv': holed,
    });
    expect(r.stdout).toContain(
      'No total because: qingxi has 0 of 20 indicators observed in the period, and a total needs at least one',
    );
    expect(r.code).toBe(3);
  });

  it.each(['abc', '2025-13', '2025-02-29'])(
    'refuses the period %s with an issue and exit 1, writing nothing on stdout',
    async (period) => {
      for (const command of ['score', 'explain']) {
        const r = await cli([
          command,
          meixi('framework.json'),
          meixi('observations.csv'),
          '--period',
          period,
          '--unit',
          'xihu',
          '--lang',
          'en',
        ]);
        expect(r.code, command).toBe(1);
        expect(r.stdout, command).toBe('');
        expect(r.stderr, command).toContain(
          `--period\n✖ "${period}" is not a period: use 2025, 2025-Q3, 2025-07 or 2025-07-15\n  → at period`,
        );
      }
    },
  );

  it('refuses a period no observation has, naming the periods there are', async () => {
    const r = await cli([
      'score',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2030',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(
      "no observation has the period 2030; the observations' periods: 2020, 2021, 2022, 2023, 2024, 2025",
    );
    const zh = await cli(['score', meixi('framework.json'), meixi('observations.csv'), '--period', '2030']);
    expect(zh.stderr).toContain('没有期间为 2030 的观测值；观测值中的期间：2020, 2021');
  });

  it('report: prints the diagnostics, exits 3 for an error, and refuses a year without observations', async () => {
    const strictReport = await cli(
      [
        'report',
        'strict.json',
        meixi('observations.csv'),
        meixi('reports.json'),
        '--year',
        '2021',
        '--format',
        'csv',
        '--lang',
        'en',
      ],
      { 'strict.json': strict },
    );
    expect(strictReport.code).toBe(3);
    expect(strictReport.stdout).not.toBe('');
    expect(strictReport.stderr).toContain('✖ error missing_value: beiling has no value for green-communities');
    const empty = await cli([
      'report',
      meixi('framework.json'),
      meixi('observations.csv'),
      meixi('reports.json'),
      '--year',
      '2030',
      '--lang',
      'en',
    ]);
    expect(empty).toMatchObject({ code: 1, stdout: '' });
    expect(empty.stderr).toContain(
      "--year\n✖ no observation has the period 2030; the observations' periods: 2020, 2021, 2022, 2023, 2024, 2025\n  → at year",
    );
  });

  it('names the units assessed when asked to explain another', async () => {
    const r = await cli([
      'explain',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2025',
      '--unit',
      'gangkuo',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unit "gangkuo" is not in the 2025 assessment; the units assessed: xihu, dongcheng');
  });

  it('documents the exit codes in its help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Exit codes:\n  0 .*\n  1 .*\n  2 .*\n  3 /);
  });
});

describe('control characters in the input', () => {
  it('are printed escaped, so an ANSI sequence in a cell cannot paint over a failed validation', async () => {
    const paint = '\u001b[2K\u001b[1G\u001b[32m✔ all valid\u001b[0m';
    const r = await cli(['validate', 'x.json', '--observations', 'o.csv', '--lang', 'en'], {
      'x.json': '{ nope',
      'o.csv': `indicator,unit,period,value\npm25,xihu,2025,${paint}\n`,
    });
    expect(r.code).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('\\u{1b}[2K\\u{1b}[1G\\u{1b}[32m✔ all valid');
  });

  it('are escaped on stdout too: a unit name in a table', async () => {
    const f = JSON.parse(readFileSync(`${root}${meixi('framework.json')}`, 'utf8'));
    f.units.find((u: { id: string }) => u.id === 'xihu').name.en = 'Xihu\u001b[8m';
    const r = await cli(['score', 'x.json', meixi('observations.csv'), '--period', '2025', '--lang', 'en'], {
      'x.json': JSON.stringify(f),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Xihu\\u{1b}[8m');
    expect(r.stdout).not.toContain('\u001b');
  });
});

describe('--flags', () => {
  const flags = JSON.stringify([
    { unit: 'xihu', period: '2025', flag: 'majorIncident', note: { zh: '发生较大突发环境事件' } },
    { unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' },
    { unit: 'gangkou', period: '2024', flag: 'nationalHonour' },
  ]);

  it("applies the units' flags of the period to the scheme's rules: a grade cap and a deduction", async () => {
    const plain = await cli([
      'score',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2025',
      '--format',
      'json',
    ]);
    const flagged = await cli(
      [
        'score',
        meixi('framework.json'),
        meixi('observations.csv'),
        '--period',
        '2025',
        '--format',
        'json',
        '--flags',
        'flags.json',
      ],
      { 'flags.json': flags },
    );
    expect(flagged.code).toBe(0);
    const result = (out: string, unit: string) =>
      (
        JSON.parse(out) as {
          results: Array<{ unit: string; total: number; grade: string; rules: Array<{ rule: string }> }>;
        }
      ).results.find((r) => r.unit === unit)!;
    expect(result(plain.stdout, 'xihu').grade).toBe('excellent');
    expect(result(flagged.stdout, 'xihu')).toMatchObject({ grade: 'good', rules: [{ rule: 'major-incident' }] });
    expect(result(flagged.stdout, 'gangkou').total).toBeCloseTo(result(plain.stdout, 'gangkou').total - 1, 9);
    // The complaint fires after the rules that fired anyway; the 2024 honour is another year's.
    expect(result(flagged.stdout, 'gangkou').rules.map((r) => r.rule)).toEqual([
      ...result(plain.stdout, 'gangkou').rules.map((r) => r.rule),
      'complaint',
    ]);
    const why = await cli(
      [
        'explain',
        meixi('framework.json'),
        meixi('observations.csv'),
        '--period',
        '2025',
        '--unit',
        'xihu',
        '--flags',
        'flags.json',
      ],
      { 'flags.json': flags },
    );
    expect(why.stdout).toContain('发生重特大突发环境事件，不得评为优秀');
  });

  it('refuses flags for unknown units or that no rule tests, with their paths, before scoring anything', async () => {
    const bad = JSON.stringify([
      { unit: 'atlantis', period: '2025', flag: 'verifiedComplaint' },
      { unit: 'xihu', period: '2025', flag: 'majorIncidnet' },
      { unit: 'xihu', period: '2025-13', flag: 'x' },
    ]);
    const r = await cli(
      [
        'score',
        meixi('framework.json'),
        meixi('observations.csv'),
        '--period',
        '2025',
        '--flags',
        'flags.json',
        '--lang',
        'en',
      ],
      { 'flags.json': bad },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('→ at [2].period');
    const shaped = JSON.stringify(JSON.parse(bad).slice(0, 2));
    const refs = await cli(['validate', meixi('framework.json'), '--flags', 'flags.json', '--lang', 'en'], {
      'flags.json': shaped,
    });
    expect(refs.code).toBe(1);
    expect(refs.stderr).toContain('→ at [0].unit');
    expect(refs.stderr).toContain('→ at [1].flag');
    expect(refs.stderr).toContain(
      'no rule of the scheme tests the flag "majorIncidnet" (flags the rules test: majorIncident, nationalHonour, verifiedComplaint)',
    );
  });

  it('applies flags to the annual report too', async () => {
    const r = await cli(
      [
        'report',
        meixi('framework.json'),
        meixi('observations.csv'),
        meixi('reports.json'),
        '--year',
        '2025',
        '--flags',
        'flags.json',
        '--format',
        'json',
      ],
      { 'flags.json': flags },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('major-incident');
  });
});

describe('the progress bar', () => {
  // A fake clock that advances 600 ms per reading, so the run "takes" several seconds.
  const slowIo = (tty: boolean) => {
    let t = 0;
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: (s: string) => (out.stdout += s),
      stderr: (s: string) => (out.stderr += s),
      readFile: async (p: string) => readFileSync(`${root}${p}`),
      writeFile: async (p: string) => Promise.reject(new Error(`score never writes, yet wrote ${p}`)),
      stderrIsTTY: tty,
      now: () => (t += 600),
    };
    return { io, out };
  };
  const args = [
    'score',
    meixi('framework.json'),
    meixi('observations.csv'),
    '--period',
    '2025',
    '--format',
    'json',
    '--lang',
    'en',
  ];

  it('shows stages on stderr once a run takes over a second, clears itself, and leaves stdout clean JSON', async () => {
    const { io, out } = slowIo(true);
    expect(await main(args, io)).toBe(0);
    expect(out.stderr).toMatch(/\r\[#+-*\] 3\/4 scoring… \d+\.\d s/);
    expect(out.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(() => JSON.parse(out.stdout)).not.toThrow();
  });

  it('draws nothing when stderr is not a terminal, or when the run is quick', async () => {
    const piped = slowIo(false);
    expect(await main(args, piped.io)).toBe(0);
    expect(piped.out.stderr).toBe('');
    const quick = await cli(args);
    expect(quick.stderr).toBe('');
  });
});

describe('eco-reform --encoding', () => {
  const gbCsv = new Uint8Array([
    ...new TextEncoder().encode('indicator,unit,period,value,source\npm25,xihu,2025,31,'),
    0xce,
    0xf7,
    0xba,
    0xfe,
    0xc7,
    0xf8,
    10,
  ]);

  it('detects a GB18030 observations file and says on stderr it was not UTF-8', async () => {
    const r = await cli(['validate', meixi('framework.json'), '--observations', 'o.csv', '--lang', 'en'], {
      'o.csv': gbCsv,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('o.csv: read as gb18030\n');
    expect(r.stdout).toContain('1 observation\n');
  });

  it('reads every file in a forced encoding, and reports bytes not valid in it with their offset and line', async () => {
    const r = await cli(
      ['validate', meixi('framework.json'), '--observations', 'o.csv', '--encoding', 'utf-8', '--lang', 'en'],
      { 'o.csv': gbCsv },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✖ byte 53 (line 2) is not valid UTF-8');
  });

  it('answers an unknown encoding label with the labels to try and exit code 2, before reading any file', async () => {
    const r = await cli(['validate', meixi('framework.json'), '--encoding', 'gb-18030', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^✖ "gb-18030" is not an encoding label \(try utf-8, gb18030, gbk, utf-16le, utf-16be, big5\)\n {2}→ at encoding\nUsage:/,
    );
  });
});

describe('eco-reform and data the framework cannot use', () => {
  const csv = readFileSync(`${root}${meixi('observations.csv')}`, 'utf8');
  const typo = `${csv.trimEnd()}\npm25,Xihu,2025,30,,,\npm25,xihu,2025-Q4,30,,,\n`;
  const last = csv.trimEnd().split('\n').length;

  it('validate refuses observations of unknown units and periods, by line, with the id meant, and exits 1', async () => {
    const r = await cli(['validate', meixi('framework.json'), '--observations', 'o.csv', '--lang', 'en'], {
      'o.csv': typo,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown unit "Xihu" in 1 observation; did you mean "xihu"?');
    expect(r.stderr).toContain(`→ at line[${last + 1}].unit`);
    expect(r.stderr).toContain(`→ at line[${last + 2}].period`);
  });

  it('score refuses them too rather than scoring the unit by the missing-data policy', async () => {
    const r = await cli(['score', meixi('framework.json'), 'o.csv', '--period', '2025', '--lang', 'zh-CN'], {
      'o.csv': typo,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未知单位“Xihu”（1 条观测）；是否应为“xihu”？');
  });

  it('validate refuses a report naming a measure the framework does not declare', async () => {
    const reports = JSON.stringify([{ measure: 'backward-capacty', node: 'half', date: '2025-06-30', percent: 100 }]);
    const r = await cli(['validate', meixi('framework.json'), '--reports', 'r.json', '--lang', 'en'], {
      'r.json': reports,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown measure "backward-capacty"; did you mean "backward-capacity"?');
    expect(r.stderr).toContain('→ at [0].measure');
  });
});

describe('eco-reform bundle', () => {
  const bundleOf = (text: string | undefined) => {
    const r = parseBundle(JSON.parse(text ?? 'null'));
    if (!r.ok) throw new Error(r.issues.map((i) => i.at).join(', '));
    return r.value;
  };

  it('writes one bundle the widgets parse from a framework, a CSV, reports and flags, and says what it wrote', async () => {
    const r = await cli(
      [
        'bundle',
        meixi('framework.json'),
        meixi('observations.csv'),
        '--reports',
        meixi('reports.json'),
        '--flags',
        'flags.json',
        '-o',
        'out/bundle.json',
      ],
      { 'flags.json': '[{"unit":"gangkou","period":"2025","flag":"verifiedComplaint"}]' },
    );
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('✔ out/bundle.json: meixi-2024 v1.0.0, 720 observations, 131 reports, 1 flag\n');
    const bundle = bundleOf(r.written['out/bundle.json']);
    expect([bundle.observations.length, bundle.reports.length, bundle.flags]).toEqual([
      720,
      131,
      [{ unit: 'gangkou', period: '2025', flag: 'verifiedComplaint' }],
    ]);
  });

  it('reads the same observations from the .xlsx workbook as from the CSV, and writes "reports": [] without --reports', async () => {
    const csv = await cli(['bundle', meixi('framework.json'), meixi('observations.csv'), '-o', 'a.json']);
    const xlsx = await cli(['bundle', meixi('framework.json'), meixi('observations.xlsx'), '-o', 'b.json']);
    expect(xlsx.code).toBe(0);
    expect(xlsx.written['b.json']).toBe(csv.written['a.json']);
    expect(bundleOf(xlsx.written['b.json']).reports).toEqual([]);
  });

  it('reports a bad sheet cell at its sheet, row and column letter, writes nothing and exits 1', async () => {
    const r = await cli([
      'bundle',
      meixi('framework.json'),
      meixi('observations.xlsx'),
      '--sheet',
      'Sheet1',
      '-o',
      'b.json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has no sheet "Sheet1"; its sheets: "观测"');
    expect(r.written).toEqual({});
    const notWorkbook = await cli(['bundle', meixi('framework.json'), 'o.xlsx', '-o', 'b.json', '--lang', 'en'], {
      'o.xlsx': 'indicator,unit,period,value\n',
    });
    expect(notWorkbook.code).toBe(1);
    expect(notWorkbook.stderr).toContain('o.xlsx is not an .xlsx workbook that can be read');
  });

  it('reports every problem as validate does, with the same issues and exit code 1', async () => {
    const files = { 'o.csv': 'indicator,unit,period,value\npm25,Xihu,2025,12x\n' };
    const validate = await cli(['validate', meixi('framework.json'), '--observations', 'o.csv', '--lang', 'en'], files);
    const bundle = await cli(['bundle', meixi('framework.json'), 'o.csv', '-o', 'b.json', '--lang', 'en'], files);
    expect(bundle.code).toBe(1);
    expect(bundle.stderr).toBe(validate.stderr);
    expect(bundle.written).toEqual({});
  });

  it("with --assess writes the period's precomputed assessment, the same as score --format json", async () => {
    const args = [meixi('framework.json'), meixi('observations.xlsx')];
    const r = await cli(['bundle', ...args, '--assess', '2025', '-o', 'assessment.json']);
    const score = await cli([
      'score',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--period',
      '2025',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(score.code);
    expect(r.stdout).toBe('✔ assessment.json: meixi-2024 v1.0.0, the 2025 assessment of 6 units\n');
    expect(r.written['assessment.json']).toBe(score.stdout);
    const parsed = parseAssessment(JSON.parse(r.written['assessment.json']!));
    expect(parsed.ok && parsed.value.format).toBe(ASSESSMENT_FORMAT);
  });

  it('refuses an --assess period no observation has, writing nothing', async () => {
    const r = await cli([
      'bundle',
      meixi('framework.json'),
      meixi('observations.csv'),
      '--assess',
      '2031',
      '-o',
      'a.json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--assess');
    expect(r.stderr).toContain('no observation has the period 2031');
    expect(r.written).toEqual({});
  });

  it('is wrong usage without -o or without observations, and exit 1 when the output cannot be written', async () => {
    expect((await cli(['bundle', meixi('framework.json'), meixi('observations.csv')])).code).toBe(2);
    expect((await cli(['bundle', meixi('framework.json'), '-o', 'b.json'])).code).toBe(2);
    const r = await cli([
      'bundle',
      meixi('framework.json'),
      meixi('observations.csv'),
      '-o',
      '/nonexistent/b.json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/b.json cannot be written: ENOENT');
  });
});
